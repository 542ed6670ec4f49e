namespace NetBalance.Tests.Predictors;

public sealed class PredictorPropertyTests
{
    private const ulong Seed = 7;

    public static TheoryData<string> Names() => ["lastValue", "ewma", "windowMean", "ar", "tendency"];

    [Theory]
    [MemberData(nameof(Names))]
    public void Predictor_RandomSpikyReports_NeverPredictsNegativeOrNonFinite(string name)
    {
        // Loads that jump between 0 and large values, falls included, on a 4-vnode ring: every prediction must be a
        // valid load value (the Load constructor refuses the rest) and, checked here, finite and at least 0.
        var graph = VnodeGraph.FromEdges(4, [(0, 1), (1, 2), (2, 3), (3, 0)]);
        var random = new Xoshiro256StarStarRandom(Seed);
        var predictor = Create(name);
        for (var t = 0; t < 300; t++)
        {
            var cpu = Enumerable.Range(0, graph.VertexCount).Select(_ => Spike(random)).ToArray();
            var rates = Enumerable.Range(0, graph.HalfEdgeCount).Select(_ => 1000 * Spike(random)).ToArray();

            var predicted = predictor.Predict(new Load(graph, cpu, rates));

            Assert.All(predicted.CpuSecondsPerSecond.ToArray(), v => Assert.True(double.IsFinite(v) && v >= 0));
            Assert.All(predicted.HalfEdgeRatesMbps.ToArray(), v => Assert.True(double.IsFinite(v) && v >= 0));
        }
    }

    private static double Spike(Xoshiro256StarStarRandom random) => random.NextDouble() < 0.3 ? 0 : 5 * random.NextDouble();

    private static ILoadPredictor Create(string name) => name switch
    {
        "lastValue" => new LastValueLoadPredictor(),
        "ewma" => new EwmaLoadPredictor(0.5),
        "windowMean" => new WindowMeanLoadPredictor(4),
        "ar" => new ArLoadPredictor(3),
        _ => new TendencyLoadPredictor(0.5),
    };
}
