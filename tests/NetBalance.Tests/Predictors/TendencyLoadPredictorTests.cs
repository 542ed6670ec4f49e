namespace NetBalance.Tests.Predictors;

public sealed class TendencyLoadPredictorTests
{
    private static readonly VnodeGraph Graph = VnodeGraph.FromEdges(2, [(0, 1)]);

    [Fact]
    public void Tendency_HalfAdaptation_FollowsTheEquationsByHand()
    {
        // a = 0.5, I = D = 0 at first. Series 10, 14, 18, 9, 9, 3, 0, 5:
        //  10: first report                                   -> 10
        //  14: rise 4, I = 0 + 0.5 (4 - 0) = 2                -> 14 + 2 = 16
        //  18: rise 4, I = 2 + 0.5 (4 - 2) = 3                -> 18 + 3 = 21
        //   9: fall 9/18 = 0.5, D = 0 + 0.5 (0.5 - 0) = 0.25  -> 9 x 0.75 = 6.75
        //   9: no change                                      -> 9
        //   3: fall 6/9, D = 0.25 + 0.5 (2/3 - 0.25) = 11/24  -> 3 x 13/24 = 1.625
        //   0: fall 3/3 = 1, D = 11/24 + 0.5 (1 - 11/24)      -> 0
        //   5: rise 5 from 0, I = 3 + 0.5 (5 - 3) = 4         -> 5 + 4 = 9
        double[] series = [10, 14, 18, 9, 9, 3, 0, 5];
        double[] expected = [10, 16, 21, 6.75, 9, 1.625, 0, 9];
        var predictor = new TendencyLoadPredictor(0.5);

        for (var t = 0; t < series.Length; t++)
        {
            var predicted = predictor.Predict(new Load(Graph, [series[t], 1], [series[t], 2]));

            Assert.Equal(expected[t], predicted.CpuSecondsPerSecond[0], 12);
            Assert.Equal(expected[t], predicted.RateMbps(0, 1), 12);
            Assert.Equal(1, predicted.CpuSecondsPerSecond[1], 12);
        }
    }

    [Fact]
    public void Tendency_FullAdaptation_RepeatsTheLastRiseAndTheLastRelativeFall()
    {
        // a = 1: 10 -> 10; 12 (rise 2) -> 14; 6 (fall 1/2) -> 3; 8 (rise 2) -> 10; 2 (fall 3/4) -> 0.5.
        double[] series = [10, 12, 6, 8, 2];
        double[] expected = [10, 14, 3, 10, 0.5];
        var predictor = new TendencyLoadPredictor(1);

        for (var t = 0; t < series.Length; t++)
        {
            Assert.Equal(expected[t], predictor.Predict(new Load(Graph, [series[t], 0], [0, 0])).CpuSecondsPerSecond[0], 12);
        }
    }

    [Fact]
    public void Tendency_NoAdaptation_IsTheLastValue()
    {
        var predictor = new TendencyLoadPredictor(0);

        foreach (var value in new double[] { 3, 7, 1, 1, 9, 0, 4 })
        {
            Assert.Equal(value, predictor.Predict(new Load(Graph, [value, 0], [value, 0])).RateMbps(0, 1));
        }
    }

    [Fact]
    public void Tendency_ReportOfAnotherSize_Throws()
    {
        var predictor = new TendencyLoadPredictor(0.5);
        predictor.Predict(new Load(Graph, [1, 1], [1, 1]));

        Assert.Throws<ArgumentException>(() => predictor.Predict(new Load(VnodeGraph.FromEdges(3, []), [1, 1, 1], [])));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Tendency_AdaptDegreeOutOfRange_Throws(double adaptDegree) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TendencyLoadPredictor(adaptDegree));
}
