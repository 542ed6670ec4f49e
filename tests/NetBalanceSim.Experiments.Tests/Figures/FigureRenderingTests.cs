using System.Globalization;
using NetBalanceSim.Experiments.Figures;

namespace NetBalanceSim.Experiments.Tests.Figures;

/// <summary>Every figure drawn from a small synthetic table (STYLE §13); the PNGs are also saved under the test output's <c>figures/</c> for a look.</summary>
public sealed class FigureRenderingTests : IDisposable
{
    private readonly SyntheticResults _results = new();

    public static TheoryData<string> FigureIds()
    {
        var data = new TheoryData<string>();
        foreach (var figure in FigureCatalog.All)
        {
            data.Add(figure.Id);
        }
        return data;
    }

    public void Dispose() => _results.Dispose();

    [Theory]
    [MemberData(nameof(FigureIds))]
    public void Render_SyntheticTable_WritesPngAndSvgOfTheFixedSizeWithLabelsAndLegend(string id)
    {
        var folder = _results.Folder(id);

        var written = FigureRenderer.Render(folder, SyntheticResults.ScenarioOf(id) == id ? null : id);

        Assert.Equal(id, written.FigureId);
        Assert.Equal(Path.Combine(folder, id + ".png"), written.PngPath);
        Assert.Equal(Path.Combine(folder, id + ".svg"), written.SvgPath);
        var png = File.ReadAllBytes(written.PngPath);
        Assert.Equal((FigureStyle.Width, FigureStyle.Height), PngHeader.Size(png));
        Assert.DoesNotContain("Fig.", File.ReadAllText(written.SvgPath), StringComparison.Ordinal);
        var texts = SvgText.Of(File.ReadAllText(written.SvgPath));
        var figure = FigureCatalog.Get(id);
        var (xLabel, yLabel) = figure switch
        {
            SweepFigure sweep => (KeyLabels.Of(sweep.Spec.X).Axis, KeyLabels.Of(sweep.Spec.Y).Name + ": mean with 95% interval, n = "),
            StrategiesFigure => (StrategiesFigure.XLabel, StrategiesFigure.YLabel),
            StrategyTradeoffFigure => (StrategyTradeoffFigure.XLabel, StrategyTradeoffFigure.YLabel),
            LearnedToFigure => (LearnedToFigure.XLabel, LearnedToFigure.YLabel),
            _ => (Figure5.XLabel, Figure5.YLabel),
        };
        Assert.Contains(xLabel, texts);
        Assert.Contains(texts, t => t.StartsWith(yLabel, StringComparison.Ordinal));
        Assert.Contains(figure.Title, texts);
        Assert.All(SyntheticResults.Legends[id], legend => Assert.Contains(legend, texts));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
        Assert.Empty(Directory.GetFiles(folder, ".*"));
        var output = Path.Combine(AppContext.BaseDirectory, "figures");
        Directory.CreateDirectory(output);
        File.WriteAllBytes(Path.Combine(output, id + ".png"), png);
    }

    [Theory]
    [MemberData(nameof(FigureIds))]
    public void Draw_Twice_GivesIdenticalSvgAndPngBytes(string id)
    {
        var figure = FigureCatalog.Get(id);
        var folder = _results.Folder(id);

        var first = FigureRenderer.Draw(figure, FigureData.FromDirectory(folder));
        var second = FigureRenderer.Draw(figure, FigureData.FromDirectory(folder));

        Assert.Equal(first.Svg, second.Svg);
        Assert.Equal(first.Png, second.Png);
    }

    [Fact]
    public void Render_Twice_WritesIdenticalSvgFiles()
    {
        var folder = _results.Folder("fig7");

        var svg1 = File.ReadAllBytes(FigureRenderer.Render(folder).SvgPath);
        var svg2 = File.ReadAllBytes(FigureRenderer.Render(folder).SvgPath);

        Assert.Equal(svg1, svg2);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    public void Draw_UnderAnotherCulture_GivesTheSameSvgAndLeavesTheCultureAlone(string cultureName)
    {
        var figure = FigureCatalog.Get("fig6");
        var folder = _results.Folder("fig6");
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var invariant = FigureRenderer.Draw(figure, FigureData.FromDirectory(folder)).Svg;
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(cultureName);

            var local = FigureRenderer.Draw(figure, FigureData.FromDirectory(folder)).Svg;

            Assert.Equal(invariant, local);
            Assert.Equal(cultureName, CultureInfo.CurrentCulture.Name);
            Assert.Contains("0.125", SvgText.Of(local));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Render_WithoutManifest_DrawsTheGivenFigure()
    {
        var folder = _results.Folder("fig7");
        File.Delete(Path.Combine(folder, "manifest.json"));

        var written = FigureRenderer.Render(folder, "FIG7");

        Assert.Equal("fig7", written.FigureId);
        Assert.True(File.Exists(Path.Combine(folder, "fig7.svg")));
    }

    [Fact]
    public void Render_Figure10FromPhysicalNodesAndCpusPerNode_TakesTheirProductAsTotalCpus()
    {
        var folder = _results.Folder("fig10");
        File.WriteAllText(Path.Combine(folder, "summary.csv"), """
            physicalNodes,cpusPerNode,n,relativeRuntimeMean,relativeRuntimeSd,relativeRuntimeCi95Low,relativeRuntimeCi95High,runtimeNetBalanceSecondsMean,runtimeBaselineSecondsMean,replacementsDeployedMean,migrationsMean,reconfigurationSecondsMean
            4,1,2,0.5,0.1,0.4,0.6,1,2,1,1,1
            8,1,2,0.45,0.1,0.35,0.55,1,2,1,1,1
            1,8,2,0.55,0.1,0.45,0.65,1,2,1,1,1
            64,8,2,0.8,0.1,0.7,0.9,1,2,1,1,1

            """.Replace("\r", "", StringComparison.Ordinal));

        var texts = SvgText.Of(File.ReadAllText(FigureRenderer.Render(folder).SvgPath));

        Assert.Contains("512", texts);
        Assert.Contains("4", texts);
        Assert.Contains("8 CPUs per node", texts);
    }
}
