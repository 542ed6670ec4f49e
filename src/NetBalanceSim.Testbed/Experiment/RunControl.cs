using NetBalance;

namespace NetBalanceSim.Testbed;

/// <summary>Who changes the placement during a run: nobody (static), a NETbalance coordinator, or the clairvoyant oracle.</summary>
/// <remarks>DESIGN §5 "Re-placement strategies". Immutable.</remarks>
public sealed record RunControl
{
    private RunControl(RunControlKind kind, IReplacementStrategy? strategy, IRandomSource? random, ISearchBudget? oracleBudget)
    {
        Kind = kind;
        Strategy = strategy;
        Random = random;
        OracleBudget = oracleBudget;
    }

    /// <summary>Gets nobody: the placement never changes (the run without NETbalance).</summary>
    public static RunControl Static { get; } = new(RunControlKind.Static, null, null, null);

    /// <summary>Gets the kind of control.</summary>
    public RunControlKind Kind { get; }

    /// <summary>Gets the strategy that searches re-placements (null for <see cref="RunControlKind.Static"/>).</summary>
    public IReplacementStrategy? Strategy { get; }

    /// <summary>Gets the random source of the searches.</summary>
    public IRandomSource? Random { get; }

    /// <summary>Gets the oracle's budget per decision (null unless <see cref="RunControlKind.Oracle"/>).</summary>
    public ISearchBudget? OracleBudget { get; }

    /// <summary>A NETbalance coordinator: reports every Tp, searches within To, deploys when chi &lt; 0.</summary>
    /// <param name="strategy">The re-placement strategy.</param>
    /// <param name="random">The random source of its searches.</param>
    /// <returns>The control.</returns>
    public static RunControl Coordinator(IReplacementStrategy strategy, IRandomSource random) =>
        new(RunControlKind.Coordinator, strategy ?? throw new ArgumentNullException(nameof(strategy)), random ?? throw new ArgumentNullException(nameof(random)), null);

    /// <summary>The same control searching with <paramref name="strategy"/> instead (e.g. a timed wrapper of its own).</summary>
    /// <param name="strategy">The strategy.</param>
    /// <returns>The control.</returns>
    /// <exception cref="InvalidOperationException">The control is <see cref="Static"/>.</exception>
    public RunControl WithStrategy(IReplacementStrategy strategy) => Kind == RunControlKind.Static
        ? throw new InvalidOperationException("The static control has no strategy.")
        : new(Kind, strategy ?? throw new ArgumentNullException(nameof(strategy)), Random, OracleBudget);

    /// <summary>
    /// The clairvoyant oracle: sees every load change the instant it happens, decides at once (To = 0, no experiment
    /// time) with a large fixed budget, judges chi over the true time to the next change, and still pays Tr.
    /// </summary>
    /// <param name="strategy">The strategy it searches with (DESIGN: <c>annealing+fresh</c>).</param>
    /// <param name="budget">Its budget per decision (DESIGN: 300 moves per vnode).</param>
    /// <param name="random">The random source of its searches.</param>
    /// <returns>The control.</returns>
    public static RunControl Oracle(IReplacementStrategy strategy, ISearchBudget budget, IRandomSource random) =>
        new(RunControlKind.Oracle, strategy ?? throw new ArgumentNullException(nameof(strategy)), random ?? throw new ArgumentNullException(nameof(random)),
            budget ?? throw new ArgumentNullException(nameof(budget)));
}
