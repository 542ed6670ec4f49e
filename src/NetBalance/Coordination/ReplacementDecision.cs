namespace NetBalance;

/// <summary>The coordinator's decision on one load report.</summary>
/// <remarks>Immutable.</remarks>
public sealed record ReplacementDecision
{
    /// <summary>Gets what was done.</summary>
    public required ReplacementOutcome Outcome { get; init; }

    /// <summary>Gets the load predicted for the coming window.</summary>
    public required Load PredictedLoad { get; init; }

    /// <summary>Gets the placement in effect after the decision.</summary>
    public required Placement Placement { get; init; }

    /// <summary>Gets tau(phi) of the placement before the decision under the predicted load.</summary>
    public required double TauBefore { get; init; }

    /// <summary>Gets tau of <see cref="Placement"/> under the predicted load.</summary>
    public required double TauAfter { get; init; }

    /// <summary>Gets tauLB of the predicted load when a placement was deployed (NaN otherwise), to judge its quality.</summary>
    public required double TauLowerBound { get; init; }

    /// <summary>Gets the window chi weighed the gain over, in seconds (0 when no search was considered).</summary>
    public required double WindowSeconds { get; init; }

    /// <summary>Gets chi of the best candidate found (0 when no search ran or nothing beat phi).</summary>
    public required double Chi { get; init; }

    /// <summary>Gets Tr of the deployed transition in seconds (0 unless deployed).</summary>
    public required double ReconfigurationSeconds { get; init; }

    /// <summary>Gets the deployed migrations (empty unless deployed).</summary>
    public required IReadOnlyList<Migration> Migrations { get; init; }

    /// <summary>Gets the moves the search evaluated (0 when no search ran).</summary>
    public required long MovesEvaluated { get; init; }

    /// <summary>Gets the optimisation time To of the search in seconds (the learned one, with a learned To), or NaN when none ran.</summary>
    public double ToSeconds { get; init; } = double.NaN;
}
