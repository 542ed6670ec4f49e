namespace NetBalance;

/// <summary>One finished step of an initial placement, reported to a caller that wants to follow (or time) it.</summary>
/// <param name="Kind">What was done: a coarsening level built, or a level refined by annealing.</param>
/// <param name="Level">The level: 0 is the vnodes, higher is coarser.</param>
/// <param name="Vertices">The vertices of the level.</param>
/// <param name="Links">The links of the level.</param>
/// <param name="Moves">The moves the annealer evaluated at this step (0 for coarsening).</param>
public sealed record PlacementStep(PlacementStepKind Kind, int Level, int Vertices, int Links, long Moves);

/// <summary>The kind of a <see cref="PlacementStep"/>.</summary>
public enum PlacementStepKind
{
    /// <summary>A coarser level was built.</summary>
    Coarsened,

    /// <summary>A level was refined by annealing (and projected to the next finer one).</summary>
    Refined,
}
