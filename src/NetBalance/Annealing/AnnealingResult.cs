namespace NetBalance;

/// <summary>The outcome of one re-placement search.</summary>
/// <remarks>
/// <see cref="Chi"/>, <see cref="Tau"/> and <see cref="ReconfigurationSeconds"/> are recomputed
/// with the full cost models, not taken from the incremental evaluator. Immutable.
/// </remarks>
public sealed record AnnealingResult
{
    /// <summary>Gets the best placement found, phi' (the start itself when nothing better was found).</summary>
    public required Placement Placement { get; init; }

    /// <summary>Gets chi of going from the start to <see cref="Placement"/> (paper eq. 1), in seconds; never positive.</summary>
    public required double Chi { get; init; }

    /// <summary>Gets tau(phi) of the start placement under the load.</summary>
    public required double TauStart { get; init; }

    /// <summary>Gets tau(phi') of <see cref="Placement"/> under the load.</summary>
    public required double Tau { get; init; }

    /// <summary>Gets Tr of the transition from the start to <see cref="Placement"/>, in seconds.</summary>
    public required double ReconfigurationSeconds { get; init; }

    /// <summary>Gets the migrations of the transition, in increasing vnode order.</summary>
    public required IReadOnlyList<Migration> Migrations { get; init; }

    /// <summary>Gets the migration plan from the start to <see cref="Placement"/> (its per-VM times included).</summary>
    public required MigrationPlan Plan { get; init; }

    /// <summary>Gets the number of moves and swaps evaluated (calibration included).</summary>
    public required long MovesEvaluated { get; init; }

    /// <summary>Gets the number of moves and swaps accepted.</summary>
    public required long MovesAccepted { get; init; }
}
