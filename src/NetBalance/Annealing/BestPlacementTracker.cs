namespace NetBalance;

/// <summary>
/// Keeps the best placement apart from the current one without copying the placement at every
/// improvement: a snapshot plus a journal of the accepted relocations since it.
/// </summary>
/// <remarks>
/// The best placement is the snapshot with the first <c>bestLength</c> journal entries applied.
/// A full journal is folded into the snapshot (amortised O(1) per relocation); if no best lies in
/// it, the journal is dropped and the next best copies the current placement. No allocation after
/// construction.
/// </remarks>
internal sealed class BestPlacementTracker
{
    private readonly int[] snapshot;
    private readonly int[] journalVnode;
    private readonly int[] journalVm;
    private int count;
    private int bestLength;
    private bool overflowed;

    public BestPlacementTracker(Placement start)
    {
        snapshot = start.ToArray();
        var capacity = (2 * snapshot.Length) + 1024;
        journalVnode = new int[capacity];
        journalVm = new int[capacity];
    }

    public void Record(int vnode, int toVm)
    {
        if (overflowed)
        {
            return;
        }

        if (count == journalVnode.Length)
        {
            Fold();
        }

        if (count == journalVnode.Length)
        {
            overflowed = true;
            return;
        }

        journalVnode[count] = vnode;
        journalVm[count++] = toVm;
    }

    public void MarkBest(ReadOnlySpan<int> current)
    {
        if (overflowed)
        {
            current.CopyTo(snapshot);

            count = 0;
            overflowed = false;
        }

        bestLength = count;
    }

    public Placement Best()
    {
        var best = (int[])snapshot.Clone();
        for (var i = 0; i < bestLength; i++)
        {
            best[journalVnode[i]] = journalVm[i];
        }

        return new Placement(best);
    }

    private void Fold()
    {
        for (var i = 0; i < bestLength; i++)
        {
            snapshot[journalVnode[i]] = journalVm[i];
        }

        var rest = count - bestLength;
        Array.Copy(journalVnode, bestLength, journalVnode, 0, rest);
        Array.Copy(journalVm, bestLength, journalVm, 0, rest);
        count = rest;
        bestLength = 0;
    }
}
