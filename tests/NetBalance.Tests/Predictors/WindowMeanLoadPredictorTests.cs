namespace NetBalance.Tests.Predictors;

public sealed class WindowMeanLoadPredictorTests
{
    private static readonly VnodeGraph Graph = VnodeGraph.FromEdges(2, [(0, 1)]);

    [Fact]
    public void WindowMean_ThreeReportWindow_AveragesTheLatestReports()
    {
        // k = 3, vnode 0's CPU 1, 3, 8, 4, 0, 0, 0:
        // 1 -> 1; 1, 3 -> 2; 1, 3, 8 -> 4; 3, 8, 4 -> 5; 8, 4, 0 -> 4; 4, 0, 0 -> 4/3; 0, 0, 0 -> exactly 0.
        // The rate 0 -> 1 is ten times the CPU: 10, 20, 40, 50, 40, 40/3, 0.
        double[] cpu = [1, 3, 8, 4, 0, 0, 0];
        double[] expected = [1, 2, 4, 5, 4, 4.0 / 3, 0];
        var predictor = new WindowMeanLoadPredictor(3);

        for (var t = 0; t < cpu.Length; t++)
        {
            var predicted = predictor.Predict(new Load(Graph, [cpu[t], 0.5], [10 * cpu[t], 7]));

            Assert.Equal(expected[t], predicted.CpuSecondsPerSecond[0], 12);
            Assert.Equal(10 * expected[t], predicted.RateMbps(0, 1), 12);
            Assert.Equal(0.5, predicted.CpuSecondsPerSecond[1], 12);
            Assert.Equal(7, predicted.RateMbps(1, 0), 12);
        }
    }

    [Fact]
    public void WindowMean_OneReportWindow_IsTheLastValue()
    {
        var predictor = new WindowMeanLoadPredictor(1);
        predictor.Predict(new Load(Graph, [4, 4], [4, 4]));

        var predicted = predictor.Predict(new Load(Graph, [1, 2], [3, 5]));

        Assert.Equal([1.0, 2.0], predicted.CpuSecondsPerSecond.ToArray());
        Assert.Equal([3.0, 5.0], predicted.HalfEdgeRatesMbps.ToArray());
    }

    [Fact]
    public void WindowMean_ReportOfAnotherSize_Throws()
    {
        var predictor = new WindowMeanLoadPredictor(4);
        predictor.Predict(new Load(Graph, [1, 1], [1, 1]));

        Assert.Throws<ArgumentException>(() => predictor.Predict(new Load(VnodeGraph.FromEdges(3, []), [1, 1, 1], [])));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(WindowMeanLoadPredictor.MaxReports + 1)]
    public void WindowMean_WindowOutOfRange_Throws(int reports) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new WindowMeanLoadPredictor(reports));
}
