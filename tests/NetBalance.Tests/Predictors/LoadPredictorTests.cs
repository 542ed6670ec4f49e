using NetBalance.Tests.Support;

namespace NetBalance.Tests.Predictors;

public sealed class LoadPredictorTests
{
    [Fact]
    public void LastValue_AnyReport_PredictsThatReport()
    {
        var load = TwoVnodeFixture.MakeLoad(new TestbedCostOptions());

        Assert.Same(load, new LastValueLoadPredictor().Predict(load));
    }

    [Fact]
    public void Ewma_ThreeReports_BlendsWithAlpha()
    {
        // alpha = 0.5: cpu 1, then 3 -> 0.5 x 3 + 0.5 x 1 = 2, then 3 -> 2.5. Rates likewise: 10, 30 -> 20.
        var graph = VnodeGraph.FromEdges(2, [(0, 1)]);
        var predictor = new EwmaLoadPredictor(0.5);

        predictor.Predict(new Load(graph, [1, 0], [10, 0]));
        var second = predictor.Predict(new Load(graph, [3, 0], [30, 0]));
        var third = predictor.Predict(new Load(graph, [3, 0], [30, 0]));

        Assert.Equal(2.0, second.CpuSecondsPerSecond[0], 12);
        Assert.Equal(20.0, second.RateMbps(0, 1), 12);
        Assert.Equal(2.5, third.CpuSecondsPerSecond[0], 12);
    }

    [Fact]
    public void Ewma_ReportOfAnotherSize_Throws()
    {
        var predictor = new EwmaLoadPredictor(0.3);
        predictor.Predict(new Load(VnodeGraph.FromEdges(2, [(0, 1)]), [1, 1], [1, 1]));

        Assert.Throws<ArgumentException>(() => predictor.Predict(new Load(VnodeGraph.FromEdges(3, []), [1, 1, 1], [])));
    }
}
