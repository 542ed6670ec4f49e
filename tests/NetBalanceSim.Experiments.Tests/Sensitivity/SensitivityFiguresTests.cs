using NetBalanceSim.Experiments.Figures;
using NetBalanceSim.Experiments.Sensitivity;

namespace NetBalanceSim.Experiments.Tests.Sensitivity;

/// <summary>The tornado and Morris figures: drawn from the analysis alone, naming every factor, the same bytes each time.</summary>
public sealed class SensitivityFiguresTests
{
    private static readonly SensitivityResult Result = new(
        "relativeRuntimeMean",
        Tornado.Rank([new TornadoRow("kFwd", 0.05, 0.1, 0.2, 0.41, 0.40, 0.38), new TornadoRow("sigmaInterPn", 0.3, 0.6, 1.2, 0.48, 0.40, 0.36)]),
        MorrisEffects.Indices(["kFwd", "sigmaInterPn"], [new MorrisRun([new MorrisStep(0, 1), new MorrisStep(1, -1)], [0.4, 0.38, 0.45])], 2.0 / 3),
        1);

    [Fact]
    public void Tornado_NamesTheFactors_LargestSwingFirst_AndIsDeterministic()
    {
        var (_, svg) = FigureRenderer.Draw(new TornadoFigure(Result), new FigureData(null, null));

        Assert.Equal("sigmaInterPn", Result.Tornado[0].Factor);
        Assert.Contains("sigmaInterPn", Figures.SvgText.Of(svg));
        Assert.Contains("kFwd", Figures.SvgText.Of(svg));
        Assert.Equal(svg, FigureRenderer.Draw(new TornadoFigure(Result), new FigureData(null, null)).Svg);
    }

    [Fact]
    public void Morris_LabelsRanks_AndItsLegendNamesThem()
    {
        var (png, svg) = FigureRenderer.Draw(new MorrisFigure(Result), new FigureData(null, null));

        Assert.NotEmpty(png);
        Assert.Contains("1 sigmaInterPn", Figures.SvgText.Of(svg));
        Assert.Contains("2 kFwd", Figures.SvgText.Of(svg));
    }

    [Fact]
    public void EmptyAnalysis_IsRefused()
    {
        var empty = Result with { Tornado = [], Morris = [] };

        Assert.Throws<FigureException>(() => FigureRenderer.Draw(new TornadoFigure(empty), new FigureData(null, null)));
        Assert.Throws<FigureException>(() => FigureRenderer.Draw(new MorrisFigure(empty), new FigureData(null, null)));
    }
}
