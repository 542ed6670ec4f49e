using NetBalance;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Kernel;
using NetBalanceSim.Testbed;
using NetBalanceSim.Topologies;

namespace NetBalanceSim.Experiments.Running;

/// <summary>
/// Runs one repetition of a scenario: draws the sinks, places the vnodes for the first sink's load, and runs
/// the testbed with and without NETbalance from that same placement.
/// </summary>
/// <remarks>
/// DESIGN §2 and §4: everything random comes from the run seed <c>baseSeed + r</c> through named streams
/// (<c>sinks</c>, <c>initialPlacement</c>, <c>annealer</c>), so a repetition is a pure function of the
/// scenario and r, whichever thread runs it, and repetition r sees the same sinks at every sweep point.
/// </remarks>
public static class RepetitionRunner
{
    /// <summary>The run seed of repetition <paramref name="repetition"/>.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="repetition">r, from 0.</param>
    /// <returns><c>baseSeed + r</c>.</returns>
    public static long RunSeed(Scenario scenario, int repetition) => scenario.BaseSeed + repetition;

    /// <summary>Runs repetition <paramref name="repetition"/> of <paramref name="scenario"/> on <paramref name="topology"/>.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="topology">Its topology, loaded once and shared read-only.</param>
    /// <param name="repetition">r, from 0.</param>
    /// <param name="topologyPath">The topology's file, which names it in the placement cache.</param>
    /// <param name="cache">Initial placements shared between sweep points, or null.</param>
    /// <returns>Both runs of the repetition.</returns>
    public static RepetitionResult Run(Scenario scenario, Topology topology, int repetition, string topologyPath = "", InitialPlacementCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(topology);
        var runSeed = RunSeed(scenario, repetition);
        var streams = new RandomStreams((ulong)runSeed);
        var sinks = SinkSequence.Draw(topology.NodeCount, scenario.SinkChanges, streams.Stream("sinks"));
        var factory = new SinkLoadFactory(topology, scenario.Constants.Testbed, scenario.RateMbps);
        var loads = sinks.Select(factory.For).ToArray();
        var placerOptions = scenario.ToInitialPlacerOptions();
        InitialPlacementResult Place() =>
            new InitialPlacer(scenario.Shape, scenario.Constants.Testbed, placerOptions).Place(loads[0], new EngineRandomSource(streams.Stream("initialPlacement")));
        var key = new PlacementKey(topologyPath, scenario.Shape, scenario.Constants.Testbed, scenario.RateMbps, sinks[0], placerOptions, runSeed);
        var initial = cache is null ? Place() : cache.GetOrAdd(key, Place);
        var settings = scenario.ToRunSettings();
        var annealer = new EngineRandomSource(streams.Stream("annealer"));
        var withNetBalance = new TestbedExperiment(settings, loads, initial.Placement, annealer).Run();
        var baseline = new TestbedExperiment(settings, loads, initial.Placement, annealerRandom: null).Run();
        return new RepetitionResult(repetition, runSeed, sinks, initial.Tau, initial.TauLowerBound, withNetBalance, baseline);
    }
}
