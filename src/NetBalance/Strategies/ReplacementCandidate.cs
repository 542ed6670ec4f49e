namespace NetBalance;

/// <summary>A strategy's proposal.</summary>
/// <param name="Placement">The candidate phi'.</param>
/// <param name="Chi">chi of going from the current placement to the candidate as the strategy computed it, in seconds.</param>
/// <param name="MovesUsed">The moves the strategy evaluated (all its stages included).</param>
public sealed record ReplacementCandidate(Placement Placement, double Chi, long MovesUsed);
