namespace NetBalance;

/// <summary>One level of the multilevel hierarchy: a coarse load and the map from the finer level's vnodes to its vertices.</summary>
/// <remarks>
/// The coarse load is an exact restriction: for every placement that keeps each coarse vertex's
/// members on one VM, the coarse and fine D(m), NIC traffic and tau agree (internal links cost
/// sigmaIntra on both ends and are folded into the coarse CPU).
/// </remarks>
internal sealed record CoarseLevel(Load Load, int[] FineToCoarse)
{
    public Placement Project(Placement coarse) =>
        new(FineToCoarse.Select(c => coarse[c]).ToArray());
}
