namespace NetBalance;

/// <summary>What a cleanup pass did.</summary>
/// <param name="Placement">The cleaned candidate.</param>
/// <param name="MovesEvaluated">The returns evaluated.</param>
/// <param name="VnodesReturned">The vnodes moved back to their VM under phi.</param>
public sealed record CleanupResult(Placement Placement, long MovesEvaluated, int VnodesReturned);
