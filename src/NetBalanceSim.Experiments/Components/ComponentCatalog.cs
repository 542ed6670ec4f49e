using NetBalance;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Testbed;

namespace NetBalanceSim.Experiments.Components;

/// <summary>
/// Every pluggable component by the name a scenario gives it: re-placement strategies, load predictors and workloads.
/// The scenario keys <c>strategy</c>, <c>predictor</c> and <c>workload</c>, their help and their validation come from
/// these lists, so a new component is its own file plus one line here.
/// </summary>
/// <remarks>
/// DESIGN §5 "Re-placement strategies". A strategy builds the <see cref="RunControl"/> of the run with NETbalance:
/// a coordinator searching with the strategy, or the oracle. The paper's annealer takes the stream
/// <c>annealer</c> as in the first wave; the oracle draws from <c>oracle</c>, so its run is the same whether it is
/// the strategy under test or the reference of another.
/// </remarks>
public static class ComponentCatalog
{
    /// <summary>The name of the default strategy, the paper's.</summary>
    public const string DefaultStrategy = "annealing";

    /// <summary>The name of the clairvoyant reference.</summary>
    public const string OracleStrategy = "oracle";

    /// <summary>Gets the re-placement strategies.</summary>
    public static IReadOnlyList<Component<StrategyContext, RunControl>> Strategies { get; } =
    [
        new("annealing", "the paper's: simulated annealing from the current placement", [],
            c => RunControl.Coordinator(new AnnealingStrategy(c.Scenario.Run.Coordinator.Annealer), c.Stream("annealer"))),
        new("annealing+fresh", "annealing, held against a fresh multilevel placement relabelled onto the current VMs and polished", [],
            c => RunControl.Coordinator(new AnnealingFreshStrategy(c.Scenario.Run.Coordinator.Annealer), c.Stream("annealer"))),
        new("greedy", "deterministic local search: the best chi-lowering move off the most loaded VM, repeated", [],
            c => RunControl.Coordinator(new GreedyStrategy(), c.Stream("annealer"))),
        new("static", "never re-places, like the run without NETbalance", [],
            c => RunControl.Coordinator(new StaticStrategy(), c.Stream("annealer"))),
        new(OracleStrategy, "clairvoyant reference: annealing+fresh at every load change, at once, with a large budget", ["oracleMovesPerVnode"],
            c => RunControl.Oracle(
                new AnnealingFreshStrategy(c.Scenario.Run.Coordinator.Annealer),
                new MoveCountBudget((long)c.Scenario.OracleMovesPerVnode * c.VnodeCount),
                c.Stream("oracle"))),
    ];

    /// <summary>Gets the load predictors.</summary>
    public static IReadOnlyList<Component<Scenario, ILoadPredictor>> Predictors { get; } =
    [
        new("lastValue", "the paper's: the last measured load", [], _ => new LastValueLoadPredictor()),
        new("ewma", "exponentially weighted moving average of the reports", ["ewmaAlpha"], s => new EwmaLoadPredictor(s.EwmaAlpha), _ => 16),
        new("windowMean", "mean of the latest reports", ["windowMeanReports"], s => new WindowMeanLoadPredictor(s.WindowMeanReports),
            s => WindowMeanLoadPredictor.StateBytesPerSeries(s.WindowMeanReports)),
        new("ar", "autoregressive model with intercept per series, fitted online by least squares", ["arOrder"], s => new ArLoadPredictor(s.ArOrder),
            s => ArLoadPredictor.StateBytesPerSeries(s.ArOrder)),
        new("tendency", "Yang, Foster and Schopf's dynamic tendency: an adapted increment after a rise, an adapted decrement factor after a fall", ["tendencyAdaptDegree"],
            s => new TendencyLoadPredictor(s.TendencyAdaptDegree), _ => TendencyLoadPredictor.StateBytesPerSeries),
    ];

    /// <summary>The name of the default workload, the paper's.</summary>
    public const string DefaultWorkload = "sinkSwitch";

    /// <summary>Gets the workloads (DESIGN §5 "Workloads, monitoring and predictors"; docs/workloads.md).</summary>
    public static IReadOnlyList<Component<WorkloadContext, PreparedWorkload>> Workloads { get; } =
    [
        new(DefaultWorkload, "the paper's: every vnode streams to one sink, which moves every sinkIntervalSeconds", [], SinkSwitchWorkload.Create),
        new("trace", "replays a CSV of flow changes, docs/workloads.md; ends at its last row's time", ["traceFile"], TraceWorkload.Create),
        new("onOff", "every vnode but a fixed sink streams to it, on and off for exponential times", ["onOffMeanOnSeconds", "onOffMeanOffSeconds"], OnOffWorkload.Create),
        new("hotspots", "k sinks, each moving to a random vnode at exponential intervals; vnodes stream to the nearest", ["hotspots", "hotspotMeanIntervalSeconds"], HotspotsWorkload.Create),
    ];

    /// <summary>The component called <paramref name="name"/> (case-sensitive).</summary>
    /// <typeparam name="TContext">What the factory builds from.</typeparam>
    /// <typeparam name="T">What it builds.</typeparam>
    /// <param name="components">The list to look in.</param>
    /// <param name="name">The name.</param>
    /// <returns>The component.</returns>
    /// <exception cref="ArgumentException">No component has that name (the message suggests the closest).</exception>
    public static Component<TContext, T> Get<TContext, T>(IReadOnlyList<Component<TContext, T>> components, string name)
    {
        ArgumentNullException.ThrowIfNull(components);
        return components.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal))
            ?? throw new ArgumentException($"unknown component '{name}'; did you mean '{NameSuggestion.Closest(name, components.Select(c => c.Name))}'?");
    }
}
