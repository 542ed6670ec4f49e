using NetBalanceSim.Experiments.Figures;

namespace NetBalanceSim.Experiments.Tests.Figures;

public sealed class FigureFontsTests
{
    [Theory]
    [InlineData(FigureFonts.RegularResource, false)]
    [InlineData(FigureFonts.BoldResource, true)]
    public void Load_ShippedResource_IsDejaVuSansWithTheGreekTau(string resource, bool bold)
    {
        using var typeface = FigureFonts.Load(resource);

        Assert.Equal(FigureStyle.FontName, typeface.FamilyName);
        Assert.Equal(bold, typeface.IsBold);
        Assert.True(typeface.ContainsGlyphs("τ"));
    }

    [Fact]
    public void Load_MissingResource_IsAOneLineError()
    {
        var error = Assert.Throws<FigureException>(() => FigureFonts.Load("no.such.font.ttf"));

        Assert.StartsWith("no usable font: the font resource 'no.such.font.ttf' is missing", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void EnsureUsable_ServesTheShippedFaceNotASystemFile()
    {
        FigureFonts.EnsureUsable();

        var typeface = ScottPlot.Fonts.GetTypeface(FigureStyle.FontName, bold: false, italic: false);
        Assert.Equal(FigureStyle.FontName, typeface.FamilyName);
        Assert.Null(FigureFonts.Problem(FigureStyle.FontName));
        var first = ScottPlot.Fonts.FontResolvers[0];
        Assert.Equal("EmbeddedFontResolver", first.GetType().Name);
        Assert.NotNull(first.CreateTypeface(FigureStyle.FontName, bold: false, italic: false));
        Assert.True(first.CreateTypeface(FigureStyle.FontName, bold: true, italic: false)!.IsBold);
        Assert.Null(first.CreateTypeface("Arial", bold: false, italic: false));
    }

    [Fact]
    public void Problem_FontThatIsNowhere_IsAOneLineError()
    {
        var problem = FigureFonts.Problem("No Such Font Sans");

        Assert.NotNull(problem);
        Assert.StartsWith("no usable font: ScottPlot cannot find 'No Such Font Sans'", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem.Message);
    }
}
