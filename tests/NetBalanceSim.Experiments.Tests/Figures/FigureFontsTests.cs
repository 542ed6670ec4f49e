using NetBalanceSim.Experiments.Figures;

namespace NetBalanceSim.Experiments.Tests.Figures;

public sealed class FigureFontsTests
{
    [Fact]
    public void Problem_DejaVuSans_IsNone()
    {
        Assert.Null(FigureFonts.Problem(FigureStyle.FontName, []));
    }

    [Fact]
    public void Problem_FontThatIsNowhere_IsAOneLineError()
    {
        var problem = FigureFonts.Problem("No Such Font Sans", [Path.Combine(Path.GetTempPath(), "no-such-font.ttf")]);

        Assert.NotNull(problem);
        Assert.StartsWith("no usable font: ScottPlot cannot find 'No Such Font Sans'", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem.Message);
    }
}
