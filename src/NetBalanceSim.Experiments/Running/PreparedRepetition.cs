using NetBalance;
using NetBalanceSim.Experiments.Components;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Testbed;

namespace NetBalanceSim.Experiments.Running;

/// <summary>A repetition with its workload, loads and initial placement, whose runs are yet to be made.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="RunSeed">The run seed, <c>baseSeed + r</c>.</param>
/// <param name="Sinks">The sink switch's first sink and the sink after each change (<see cref="PreparedWorkload.Sinks"/> for other workloads).</param>
/// <param name="Schedule">The workload's loads over virtual time.</param>
/// <param name="Initial">The initial placement every run starts from.</param>
/// <param name="Context">What the catalog's strategies are built from (the run's named random streams).</param>
public sealed record PreparedRepetition(
    Scenario Scenario, long RunSeed, IReadOnlyList<int> Sinks, LoadSchedule Schedule, InitialPlacementResult Initial, StrategyContext Context)
{
    /// <summary>Gets the load of every segment.</summary>
    public IReadOnlyList<Load> Loads => Schedule.Loads;

    /// <summary>Runs the testbed with the strategy called <paramref name="strategy"/> in <see cref="ComponentCatalog.Strategies"/>.</summary>
    /// <param name="strategy">The strategy's name.</param>
    /// <returns>The run.</returns>
    public TestbedRunResult RunWith(string strategy) => RunWith(ComponentCatalog.Get(ComponentCatalog.Strategies, strategy).Create(Context));

    /// <summary>Runs the testbed under <paramref name="control"/>.</summary>
    /// <param name="control">Who changes the placement.</param>
    /// <returns>The run.</returns>
    public TestbedRunResult RunWith(RunControl control) => new TestbedExperiment(Scenario.ToRunSettings(RunSeed), Schedule, Initial.Placement, control).Run();
}
