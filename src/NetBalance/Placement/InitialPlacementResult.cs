namespace NetBalance;

/// <summary>An initial placement and its quality.</summary>
/// <remarks>DESIGN §3 "Initial placement and the baseline": quality is <c>tau / tauLB</c>. Immutable.</remarks>
public sealed record InitialPlacementResult
{
    /// <summary>Gets the placement.</summary>
    public required Placement Placement { get; init; }

    /// <summary>Gets tau of the placement under the load.</summary>
    public required double Tau { get; init; }

    /// <summary>Gets the lower bound tauLB of the load.</summary>
    public required double TauLowerBound { get; init; }

    /// <summary>Gets <c>Tau / TauLowerBound</c> (1 is optimal).</summary>
    public double Quality => Tau / TauLowerBound;

    /// <summary>Gets the number of coarse levels built above the vnode graph.</summary>
    public required int Levels { get; init; }

    /// <summary>Gets the moves evaluated by the annealer over all levels.</summary>
    public required long MovesEvaluated { get; init; }
}
