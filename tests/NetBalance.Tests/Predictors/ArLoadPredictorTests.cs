namespace NetBalance.Tests.Predictors;

public sealed class ArLoadPredictorTests
{
    private static readonly VnodeGraph Graph = VnodeGraph.FromEdges(2, [(0, 1)]);

    [Fact]
    public void Ar_NoiselessAr1Cpu_PredictsTheModelAndKeepsConstantSeries()
    {
        // Vnode 0's CPU follows x[t] = 2 + 0.5 x[t-1] from 0 (0, 2, 3, 3.5): last value until 4 reports, then 3.75.
        // Vnode 1 and both rates are constant: their last value.
        var predictor = new ArLoadPredictor(1);
        double[] cpu = [0, 2, 3, 3.5];
        double[] expected = [0, 2, 3, 3.75];

        for (var t = 0; t < cpu.Length; t++)
        {
            var predicted = predictor.Predict(new Load(Graph, [cpu[t], 1.5], [6, 0]));

            Assert.Equal(expected[t], predicted.CpuSecondsPerSecond[0], 6);
            Assert.Equal(1.5, predicted.CpuSecondsPerSecond[1]);
            Assert.Equal([6.0, 0.0], predicted.HalfEdgeRatesMbps.ToArray());
        }

        Span<double> beta = stackalloc double[2];
        Assert.True(predictor.CpuFit(0).TryFit(beta));
        Assert.Equal(0.5, beta[1], 6);
        Assert.True(predictor.RateFit(0).IsConstant);
    }

    [Fact]
    public void Ar_ReportOfAnotherSize_Throws()
    {
        var predictor = new ArLoadPredictor(2);
        predictor.Predict(new Load(Graph, [1, 1], [1, 1]));

        Assert.Throws<ArgumentException>(() => predictor.Predict(new Load(VnodeGraph.FromEdges(3, []), [1, 1, 1], [])));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(ArSeriesFit.MaxOrder + 1)]
    public void Ar_OrderOutOfRange_Throws(int order) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArLoadPredictor(order));
}
