using NetBalance;
using NetBalanceSim.Experiments.Scenarios;

namespace NetBalanceSim.Experiments.Components;

/// <summary>What a strategy of the catalog is built from for one run.</summary>
/// <param name="Scenario">The scenario (for the strategy's parameter keys).</param>
/// <param name="VnodeCount">The number of vnodes (budgets per vnode).</param>
/// <param name="Stream">The run's named random streams (a strategy takes its own by name).</param>
public sealed record StrategyContext(Scenario Scenario, int VnodeCount, Func<string, IRandomSource> Stream);
