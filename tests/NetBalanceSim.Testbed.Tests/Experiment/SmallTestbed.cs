using NetBalance;
using NetBalanceSim.Kernel;
using NetBalanceSim.Topologies;
using NetBalanceSim.Topologies.Generators;

namespace NetBalanceSim.Testbed.Tests.Experiment;

/// <summary>
/// A 6 x 6 grid on 2 x 2 CPUs: small enough for property tests over many seeds. Its sources send 500 Mbit/s
/// each so that, as on the paper's 40 x 40 grid at 10 Mbit/s, the testbed is loaded (tau well above 1).
/// </summary>
internal static class SmallTestbed
{
    public const double RateMbps = 500;

    public static readonly Topology Grid = new GridTopologyGenerator(new GridOptions { Rows = 6, Columns = 6 }).Generate();

    public static TestbedRunSettings Settings(double tpSeconds = 10, double toSeconds = 1, double sinkIntervalSeconds = 120) => new()
    {
        Shape = new TestbedShape(2, 2),
        SinkIntervalSeconds = sinkIntervalSeconds,
        Coordinator = new CoordinatorOptions
        {
            Objective = new ChiObjective { TpSeconds = tpSeconds, ToSeconds = toSeconds },
        },
    };

    public static Load[] Loads(TestbedRunSettings settings, params int[] sinks)
    {
        var factory = new SinkLoadFactory(Grid, settings.Coordinator.TestbedCost, rateMbps: RateMbps);
        return [.. sinks.Select(factory.For)];
    }

    public static Placement InitialPlacement(TestbedRunSettings settings, Load load) =>
        new InitialPlacer(settings.Shape, settings.Coordinator.TestbedCost, new InitialPlacerOptions { MovesPerVnode = 200 })
            .Place(load, new Xoshiro256StarStarRandom(7)).Placement;

    public static (TestbedRunResult With, TestbedRunResult Without) RunBoth(TestbedRunSettings settings, Load[] loads, ulong seed)
    {
        var start = InitialPlacement(settings, loads[0]);
        var annealer = new EngineRandomSource(new RandomStreams(seed).Stream("annealer"));
        var with = new TestbedExperiment(settings, loads, start, annealer).Run();
        var without = new TestbedExperiment(settings, loads, start, annealerRandom: null).Run();
        return (with, without);
    }
}
