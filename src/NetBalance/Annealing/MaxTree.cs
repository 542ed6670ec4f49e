namespace NetBalance;

/// <summary>
/// A tournament tree over an array of committed values: the largest value (lowest index among equals) in O(1),
/// an update of one value in O(log M), and the largest value outside a set of stamped indices in
/// O(k log M) for k stamped indices among the leaders.
/// </summary>
/// <remarks>
/// Each node holds the value and index of its subtree's leader, so a comparison reads two adjacent slots. The caller
/// changes its array and reports each changed index with <see cref="Update"/>. Ties go to the lower index at every
/// node, so the leader is the index a left-to-right scan with a strict comparison finds, and an evaluator using the
/// tree gives the same bytes as one scanning. No allocation after construction.
/// </remarks>
internal sealed class MaxTree
{
    private const int Padding = int.MaxValue;

    private readonly double[] values;
    private readonly int size;
    private readonly Node[] nodes;
    private readonly int[] stack;

    /// <summary>Creates the tree over <paramref name="values"/> and builds it from their current contents.</summary>
    /// <param name="values">The committed values (at least one); the tree keeps a reference, not a copy.</param>
    public MaxTree(double[] values)
    {
        this.values = values;
        size = 1;
        var depth = 1;
        while (size < values.Length)
        {
            size *= 2;
            depth++;
        }

        nodes = new Node[2 * size];

        // A depth-first walk holds at most one pending sibling per level plus the node itself.
        stack = new int[depth + 2];
        Rebuild();
    }

    /// <summary>Gets the index of the largest value (lowest index among equals).</summary>
    public int ArgMax => nodes[1].Arg;

    /// <summary>Rebuilds every node from the values (after the caller changed many of them).</summary>
    public void Rebuild()
    {
        for (var i = 0; i < size; i++)
        {
            nodes[size + i] = i < values.Length ? new Node(values[i], i) : new Node(double.NegativeInfinity, Padding);
        }

        for (var node = size - 1; node >= 1; node--)
        {
            Pull(node);
        }
    }

    /// <summary>Reports that <c>values[index]</c> changed.</summary>
    /// <param name="index">The changed index.</param>
    public void Update(int index)
    {
        var all = nodes.AsSpan();
        var node = size + index;
        var climbing = new Node(values[index], index);
        all[node] = climbing;
        while (node > 1)
        {
            // The parent's new leader is the better of the climbing leader and its sibling's.
            ref readonly var sibling = ref all[node ^ 1];
            var next = Beats(climbing, sibling) ? climbing : sibling;
            node >>= 1;
            ref var parent = ref all[node];
            if (parent.Arg == next.Arg && parent.Key == next.Key)
            {
                return; // the subtree's leader is unchanged: nothing above can change
            }

            parent = next;
            climbing = next;
        }
    }

    /// <summary>The index of the largest value among indices whose stamp is not <paramref name="generation"/>, or -1 if none.</summary>
    /// <param name="stamps">Per-index stamps; an index is excluded when its stamp equals <paramref name="generation"/>.</param>
    /// <param name="generation">The current stamp.</param>
    /// <returns>The index (lowest among equals), or -1.</returns>
    public int ArgMaxExcluding(int[] stamps, int generation) => ArgMaxExcluding(stamps, generation, double.NegativeInfinity, Padding);

    /// <summary>
    /// The index of the largest value among indices whose stamp is not <paramref name="generation"/>, if it comes before
    /// (<paramref name="floorValue"/>, <paramref name="floorIndex"/>): a larger value, or an equal value and a lower index; else -1.
    /// </summary>
    /// <remarks>
    /// A caller that already holds the best of the excluded indices' new values passes it as the floor: subtrees whose
    /// leader does not beat it are not searched, which is most of them when the excluded indices lead the tree.
    /// </remarks>
    /// <param name="stamps">Per-index stamps; an index is excluded when its stamp equals <paramref name="generation"/>.</param>
    /// <param name="generation">The current stamp.</param>
    /// <param name="floorValue">The value to beat.</param>
    /// <param name="floorIndex">The floor's index: an index whose value equals <paramref name="floorValue"/> beats the floor only when it is lower.</param>
    /// <returns>The index (lowest among equals), or -1.</returns>
    public int ArgMaxExcluding(int[] stamps, int generation, double floorValue, int floorIndex)
    {
        var floor = new Node(floorValue, floorIndex);
        var leader = nodes[1];
        if (!Beats(leader, floor))
        {
            return -1;
        }

        if (stamps[leader.Arg] != generation)
        {
            return leader.Arg;
        }

        // Often only the leader is excluded: then the answer is the best of the siblings along its path.
        var best = 0;
        for (var node = size + leader.Arg; node > 1; node /= 2)
        {
            if (best == 0 || Beats(node ^ 1, best))
            {
                best = node ^ 1;
            }
        }

        if (best == 0 || nodes[best].Arg == Padding || !Beats(nodes[best], floor))
        {
            return -1;
        }

        return stamps[nodes[best].Arg] != generation ? nodes[best].Arg : Search(stamps, generation, floor);
    }

    private int Search(int[] stamps, int generation, Node floor)
    {
        var best = 0;
        var top = 0;
        stack[top++] = 1;
        while (top > 0)
        {
            var node = stack[--top];
            if (nodes[node].Arg == Padding || !Beats(nodes[node], best != 0 ? nodes[best] : floor))
            {
                continue; // nothing in this subtree beats the best found so far (or the floor)
            }

            if (stamps[nodes[node].Arg] != generation)
            {
                best = node; // the subtree's leader is allowed, and nothing else in it is larger
                continue;
            }

            if (node < size)
            {
                var left = 2 * node;
                var leftFirst = Beats(left, left + 1);
                stack[top++] = leftFirst ? left + 1 : left;
                stack[top++] = leftFirst ? left : left + 1;
            }
        }

        return best == 0 ? -1 : nodes[best].Arg;
    }

    private void Pull(int node) => nodes[node] = nodes[Beats(2 * node, (2 * node) + 1) ? 2 * node : (2 * node) + 1];

    /// <summary>Whether node <paramref name="a"/>'s leader comes before node <paramref name="b"/>'s: larger value, or equal value and lower index.</summary>
    private bool Beats(int a, int b) => Beats(nodes[a], nodes[b]);

    private static bool Beats(in Node a, in Node b) => a.Key > b.Key || (a.Key == b.Key && a.Arg < b.Arg);

    private readonly record struct Node(double Key, int Arg);
}
