using NetBalanceSim.Experiments.Figures;
using ScottPlot;

namespace NetBalanceSim.Experiments.Tests.Figures;

/// <summary>A user's own sweep drawn with <see cref="SweepFigure"/>: labels, legend, intervals, y range, data area, size and errors.</summary>
public sealed class SweepFigureTests
{
    private const string Header = "RateMbps,TpSeconds,topology,n,relativeRuntimeMean,relativeRuntimeSd,relativeRuntimeCi95Low,relativeRuntimeCi95High,migrationsMean,regretMean,regretCi95Low,regretCi95High";

    /// <summary>A RateMbps x TpSeconds sweep on one topology given as a path, n = 30; regret goes below 0.</summary>
    private static FigureData UserSweep(string topology = "topologies/grid-8.graphml")
    {
        var lines = new List<string> { Header };
        foreach (var rate in new[] { 5, 10, 20 })
        {
            foreach (var tp in new[] { 1, 2, 4, 8, 16 })
            {
                var mean = 1 - (0.01 * rate) - (0.01 * tp);
                lines.Add(FormattableString.Invariant($"{rate},{tp},{topology},30,{mean},0.1,{mean - 0.05},{mean + 0.05},{rate * tp},{(0.01 * tp) - 0.1},{(0.01 * tp) - 0.3},{(0.01 * tp) + 0.1}"));
            }
        }
        return new FigureData(SummaryTable.From(CsvDocument.Parse(string.Join('\n', lines) + "\n", "sweep/summary.csv")), null);
    }

    private static IReadOnlyList<string> SvgTexts(IFigure figure, FigureData data) =>
        SvgText.Of(FigureRenderer.Draw(figure, data).Svg);

    [Fact]
    public void Draw_RateByTp_HasTheAxisLabelsTitleAndLegendValues()
    {
        var figure = new SweepFigure("mine", new SweepSpec("TpSeconds", "RateMbps", "relativeRuntimeMean"));

        var texts = SvgTexts(figure, UserSweep());

        Assert.Contains("prediction window Tp (s)", texts);
        Assert.Contains("relative runtime: mean with 95% interval, n = 30", texts);
        Assert.Contains("relative runtime vs. prediction window Tp", texts);
        Assert.Contains("data rate", texts);
        Assert.Contains("5 Mbit/s", texts);
        Assert.Contains("10 Mbit/s", texts);
        Assert.Contains("20 Mbit/s", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("Fig.", StringComparison.Ordinal));
    }

    [Fact]
    public void Draw_TopologyPathsAsSeries_LegendShowsTheirFileNames()
    {
        var text = Header + "\n1,4,topologies/grid-8.graphml,3,0.9,0.1,0.8,1,1,0,0,0\n1,4,/data/campus.json,3,0.8,0.1,0.7,0.9,1,0,0,0\n";
        var data = new FigureData(SummaryTable.From(CsvDocument.Parse(text, "summary.csv")), null);
        var figure = new SweepFigure("t", new SweepSpec("TpSeconds", "topology", "migrationsMean"));

        var texts = SvgTexts(figure, data);

        Assert.Contains("grid-8", texts);
        Assert.Contains("campus", texts);
        Assert.DoesNotContain(texts, t => t.Contains('/', StringComparison.Ordinal));
        Assert.Contains("vnode migrations: mean, n = 3", texts);
    }

    [Fact]
    public void Layout_IntervalBelowZero_YAxisIsNotClippedAtZero()
    {
        var layout = SweepLayout.Of(UserSweep().Summary, new SweepSpec("TpSeconds", "RateMbps", "regretMean"), null, r => "--" + r);

        Assert.True(layout.YMin < -0.29, $"y starts at {layout.YMin}");
        Assert.Equal("mean with 95% interval, n = 30", layout.Statement);
    }

    [Fact]
    public void Layout_PositiveMetric_YAxisStartsAtZero()
    {
        var layout = SweepLayout.Of(UserSweep().Summary, new SweepSpec("TpSeconds", "RateMbps", "relativeRuntimeMean"), null, r => "--" + r);

        Assert.Equal(0, layout.YMin);
    }

    [Fact]
    public void Layout_ChoosesTheXScaleFromTheData()
    {
        var text = "nicMbps,TpSeconds,topology,n,relativeRuntimeMean,relativeRuntimeSd,relativeRuntimeCi95Low,relativeRuntimeCi95High\n" +
            "100,1,grid,3,0.9,0.1,0.8,1\n200,2,campus,3,0.9,0.1,0.8,1\n300,4,internet,3,0.9,0.1,0.8,1\n400,8,waxman,3,0.9,0.1,0.8,1\n";
        var table = SummaryTable.From(CsvDocument.Parse(text, "summary.csv"));

        var log2 = SweepLayout.Of(table, new SweepSpec("TpSeconds", null, "relativeRuntimeMean"), null, r => r);
        var linear = SweepLayout.Of(table, new SweepSpec("nicMbps", null, "relativeRuntimeMean"), null, r => r);
        var categorical = SweepLayout.Of(table, new SweepSpec("topology", null, "relativeRuntimeMean"), null, r => r);

        Assert.Equal(Math.Log2(8) + 0.4, log2.XMax, 9);
        Assert.Equal(400 + (0.06 * 300), linear.XMax, 9);
        Assert.Equal(3 + 0.6, categorical.XMax, 9);
        Assert.Equal([0.0, 1, 2, 3], categorical.Series[0].Points.Select(p => p.X));
    }

    [Fact]
    public void Build_LongOrShortLegend_SameDataArea()
    {
        var data = UserSweep();
        var shortLegend = new SweepFigure("a", new SweepSpec("TpSeconds", "RateMbps", "relativeRuntimeMean"));
        var longLegend = new SweepFigure("b", new SweepSpec("RateMbps", "TpSeconds", "relativeRuntimeMean") { Title = "a much longer title than the other" });
        FigureFonts.EnsureUsable();

        using var first = shortLegend.Build(data);
        using var second = longLegend.Build(data);
        first.GetImageBytes(800, 500, ImageFormat.Png);
        second.GetImageBytes(800, 500, ImageFormat.Png);

        Assert.Equal(first.RenderManager.LastRender.DataRect, second.RenderManager.LastRender.DataRect);
        Assert.Equal(800 - 80 - 240, first.RenderManager.LastRender.DataRect.Width, 3);
    }

    [Theory]
    [InlineData(800, 500, 1, 800, 500)]
    [InlineData(640, 480, 1, 640, 480)]
    [InlineData(400, 300, 2.5, 1000, 750)]
    public void Draw_Size_SetsThePngHeaderAndTheSvgSize(int width, int height, double scale, int pixelWidth, int pixelHeight)
    {
        var figure = new SweepFigure("s", new SweepSpec("TpSeconds", "RateMbps", "relativeRuntimeMean"));

        var (png, svg) = FigureRenderer.Draw(figure, UserSweep(), new FigureSize(width, height, scale), FigureFormats.Both);

        Assert.Equal((pixelWidth, pixelHeight), PngHeader.Size(png!));
        Assert.Contains(FormattableString.Invariant($"width=\"{pixelWidth}\""), svg!, StringComparison.Ordinal);
    }

    [Fact]
    public void Draw_OnlySvg_DrawsNoPng()
    {
        var (png, svg) = FigureRenderer.Draw(new SweepFigure("s", new SweepSpec("TpSeconds", null, "relativeRuntimeMean") { Panel = "RateMbps" }).Panels(UserSweep())[0], UserSweep(), FigureSize.Default, FigureFormats.Svg);

        Assert.Null(png);
        Assert.NotNull(svg);
    }

    [Fact]
    public void Panels_OnePerValueNamedByIt()
    {
        var panels = new SweepFigure("relativeRuntimeMean-TpSeconds", new SweepSpec("TpSeconds", null, "relativeRuntimeMean") { Panel = "RateMbps" }).Panels(UserSweep());

        Assert.Equal(["relativeRuntimeMean-TpSeconds-5", "relativeRuntimeMean-TpSeconds-10", "relativeRuntimeMean-TpSeconds-20"], panels.Select(p => p.Id));
        Assert.Equal("relative runtime vs. prediction window Tp, data rate 10 Mbit/s", panels[1].Title);
    }

    [Theory]
    [InlineData("Tp", "RateMbps", "relativeRuntimeMean", "sweep/summary.csv:1: no swept key 'Tp' (--x); the swept keys are [RateMbps, TpSeconds, topology].")]
    [InlineData("TpSeconds", "rate", "relativeRuntimeMean", "sweep/summary.csv:1: no swept key 'rate' (--series); the swept keys are [RateMbps, TpSeconds, topology].")]
    [InlineData("TpSeconds", "RateMbps", "median", "sweep/summary.csv:1: no metric 'median' (--y); the metrics are [n, relativeRuntimeMean, relativeRuntimeSd, relativeRuntimeCi95Low, relativeRuntimeCi95High, migrationsMean, regretMean, regretCi95Low, regretCi95High].")]
    [InlineData("TpSeconds", null, "relativeRuntimeMean", "sweep/summary.csv:7: a second row for TpSeconds = 1 (first on line 2); the sweep also varies [RateMbps]: give it as --series or --panel.")]
    public void Build_BadColumn_IsAOneLineErrorListingTheValidOnes(string x, string? series, string y, string expected)
    {
        var error = Assert.Throws<FigureException>(() => new SweepFigure("e", new SweepSpec(x, series, y)).Build(UserSweep()));

        Assert.Equal(expected, error.Message);
    }
}
