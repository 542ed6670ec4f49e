using NetBalance;
using NetBalanceSim.Experiments.Components;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Kernel;
using NetBalanceSim.Testbed;
using NetBalanceSim.Topologies;

namespace NetBalanceSim.Experiments.Running;

/// <summary>
/// Runs one repetition of a scenario: draws the sinks, places the vnodes for the first sink's load, and runs
/// the testbed with the scenario's strategy and without NETbalance (and with the oracle, when asked) from that
/// same placement; computes the bound.
/// </summary>
/// <remarks>
/// DESIGN §2, §4 and §5: everything random comes from the run seed <c>baseSeed + r</c> through named streams
/// (<c>sinks</c>, <c>initialPlacement</c>, <c>annealer</c>, <c>oracle</c>), so a repetition is a pure function of the
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
    /// <param name="topologyPath">The topology's file, which names it in the caches.</param>
    /// <param name="cache">Initial placements and oracle runs shared between sweep points, or null.</param>
    /// <returns>Every run of the repetition.</returns>
    public static RepetitionResult Run(Scenario scenario, Topology topology, int repetition, string topologyPath = "", InitialPlacementCache? cache = null)
    {
        var prepared = Prepare(scenario, topology, repetition, topologyPath, cache);
        // The oracle's run does not depend on the strategy under test (nor on whether it is the reference): sweep
        // points that differ only in those share it.
        var oracleKey = Output.Manifest.ScenarioJson(scenario with { Strategy = ComponentCatalog.OracleStrategy, Oracle = false }) + "\n" + topologyPath + "\n" + repetition
            + "\n" + scenario.TracePath;
        TestbedRunResult RunOracle() => cache is null
            ? prepared.RunWith(ComponentCatalog.OracleStrategy)
            : cache.GetOrAddRun(oracleKey, () => prepared.RunWith(ComponentCatalog.OracleStrategy));
        var withNetBalance = scenario.Strategy == ComponentCatalog.OracleStrategy ? RunOracle() : prepared.RunWith(scenario.Strategy);
        var baseline = prepared.RunWith(RunControl.Static);
        var oracle = scenario.Oracle ? RunOracle() : null;
        var bound = BoundSeconds(new TestbedCostModel(scenario.Shape, scenario.Constants.Testbed), prepared.Schedule);
        return new RepetitionResult(repetition, prepared.RunSeed, prepared.Sinks, prepared.Initial.Tau, prepared.Initial.TauLowerBound, withNetBalance, baseline)
        {
            Oracle = oracle,
            BoundSeconds = bound,
        };
    }

    /// <summary>Draws the workload, prepares its loads and places the vnodes of repetition <paramref name="repetition"/>, ready to run.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="topology">Its topology.</param>
    /// <param name="repetition">r, from 0.</param>
    /// <param name="topologyPath">The topology's file, which names it in the cache.</param>
    /// <param name="cache">Initial placements shared between sweep points, or null.</param>
    /// <param name="placementProgress">Told of every step of the initial placement when it is computed here, or null.</param>
    /// <returns>The prepared repetition.</returns>
    public static PreparedRepetition Prepare(
        Scenario scenario, Topology topology, int repetition, string topologyPath = "", InitialPlacementCache? cache = null, IProgress<PlacementStep>? placementProgress = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(topology);
        var runSeed = RunSeed(scenario, repetition);
        var streams = new RandomStreams((ulong)runSeed);
        var workload = ComponentCatalog.Get(ComponentCatalog.Workloads, scenario.Workload);
        var (schedule, sinks) = workload.Create(new WorkloadContext(scenario, topology, streams));
        var loads = schedule.Loads;
        var key = new PlacementKey(topologyPath, scenario.Shape, scenario.Constants.Testbed, scenario.RateMbps, sinks.Count > 0 ? sinks[0] : -1, scenario.ToInitialPlacerOptions(), runSeed)
        {
            Workload = WorkloadSignature(scenario, workload.Parameters),
        };
        var initial = cache is null ? Place(key, loads[0], placementProgress) : cache.GetOrAdd(key, k => Place(k, loads[0], placementProgress));
        // A new stream on every call, so that each run draws from the start of its stream whatever ran before.
        var context = new StrategyContext(scenario, topology.NodeCount, name => new EngineRandomSource(streams.NewStream(name)));
        return new PreparedRepetition(scenario, runSeed, sinks, schedule, initial, context);
    }

    /// <summary>What the first load depends on besides the placement key's other fields: the workload and its keys.</summary>
    private static string WorkloadSignature(Scenario scenario, IReadOnlyList<string> parameters) =>
        scenario.Workload == ComponentCatalog.DefaultWorkload ? "" : scenario.Workload + "\n" + scenario.TracePath + "\n"
            + string.Join("\n", parameters.Select(p => ScenarioFile.Show(ScenarioKeys.Find(p)!.Get(scenario))));

    /// <summary>
    /// The bound of DESIGN §5: the runtime if tau were tauLB of every load at every moment, with no migration cost,
    /// <c>sum over segments of interval x tauLB(load)</c>. No strategy can beat it while the tau controller follows the
    /// load at once (<c>controllerLagSeconds</c> 0, the default; during a lag the lower tau of the previous load holds).
    /// </summary>
    /// <param name="testbed">The testbed cost model.</param>
    /// <param name="segmentLoads">The load of every segment between sink changes.</param>
    /// <param name="intervalSeconds">The virtual length of a segment.</param>
    /// <returns>The bound in seconds.</returns>
    public static double BoundSeconds(TestbedCostModel testbed, IReadOnlyList<Load> segmentLoads, double intervalSeconds) =>
        BoundSeconds(testbed, LoadSchedule.Uniform(segmentLoads, intervalSeconds));

    /// <summary>The bound of any workload: <c>sum over segments of length x tauLB(load)</c>, in seconds.</summary>
    /// <param name="testbed">The testbed cost model.</param>
    /// <param name="schedule">The workload's loads over virtual time.</param>
    /// <returns>The bound in seconds.</returns>
    public static double BoundSeconds(TestbedCostModel testbed, LoadSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(testbed);
        ArgumentNullException.ThrowIfNull(schedule);
        var sum = 0.0;
        for (var k = 0; k < schedule.Count; k++)
        {
            sum += schedule.LengthSeconds(k) * testbed.TauLowerBound(schedule.Loads[k]);
        }
        return sum;
    }

    /// <summary>The initial placement from its inputs alone (the key), so the cache key cannot miss one.</summary>
    private static InitialPlacementResult Place(PlacementKey key, Load firstLoad, IProgress<PlacementStep>? progress)
    {
        var streams = new RandomStreams((ulong)key.RunSeed);
        return new InitialPlacer(key.Shape, key.Costs, key.Options).Place(firstLoad, new EngineRandomSource(streams.Stream("initialPlacement")), null, progress);
    }
}
