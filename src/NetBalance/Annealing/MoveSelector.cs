namespace NetBalance;

/// <summary>Draws the next neighbour of the current placement: a move of one vnode or a swap of two.</summary>
/// <remarks>
/// Favours what helps (issue 4; docs/model.md): the vnode comes from the most loaded VM with
/// probability <see cref="AnnealerOptions.HotVnodeProbability"/>; the destination is a neighbour's
/// VM, the lighter of two random VMs, or a uniformly random VM. With <see cref="AnnealerOptions.HotBoundaryProbability"/>
/// (the initial placer's large levels) a step may instead move a neighbour of a vnode of the most loaded VM to another
/// VM of that VM's physical node. Draws only from the given source.
/// </remarks>
internal sealed class MoveSelector(IncrementalEvaluator evaluator, IRandomSource random, AnnealerOptions options)
{
    private readonly int vmCount = evaluator.Tables.VmCount;
    private readonly int[] offsets = evaluator.Tables.Offsets;
    private readonly int[] neighbours = evaluator.Tables.Neighbours;
    private readonly int cpusPerNode = evaluator.Tables.VmCount / evaluator.Tables.NodeCount;

    public int First { get; private set; }

    public int FirstTo { get; private set; }

    /// <summary>Gets the second vnode of a swap, or -1 for a move.</summary>
    public int Second { get; private set; }

    public int SecondTo { get; private set; }

    /// <summary>Proposes a neighbour to the evaluator and returns its energy delta.</summary>
    public double Propose()
    {
        if (options.HotBoundaryProbability > 0 && random.NextDouble() < options.HotBoundaryProbability && PickBoundary(out var boundary, out var target))
        {
            First = boundary;
            FirstTo = target;
            Second = -1;
            return evaluator.ProposeMove(boundary, target);
        }

        var v = PickVnode();
        var from = evaluator.VmOf(v);
        var to = PickDestination(v, from);
        First = v;
        FirstTo = to;
        Second = -1;
        var members = evaluator.Members;
        if (members.Count(to) > 0 && random.NextDouble() < options.SwapProbability)
        {
            Second = members.Member(to, random.NextInt(members.Count(to)));
            SecondTo = from;
            return evaluator.ProposeSwap(v, Second);
        }

        return evaluator.ProposeMove(v, to);
    }

    /// <summary>A neighbour on another VM of a vnode of the most loaded VM, and another VM of that VM's node.</summary>
    private bool PickBoundary(out int vnode, out int toVm)
    {
        vnode = -1;
        toVm = -1;
        var hot = evaluator.MostLoadedVm;
        var count = evaluator.Members.Count(hot);
        if (count == 0 || cpusPerNode < 2)
        {
            return false;
        }

        var u = evaluator.Members.Member(hot, random.NextInt(count));
        var degree = offsets[u + 1] - offsets[u];
        if (degree == 0)
        {
            return false;
        }

        vnode = neighbours[offsets[u] + random.NextInt(degree)];
        var node = hot / cpusPerNode;
        var other = random.NextInt(cpusPerNode - 1);
        toVm = (node * cpusPerNode) + (other >= hot % cpusPerNode ? other + 1 : other);
        return evaluator.VmOf(vnode) != toVm && evaluator.VmOf(vnode) != hot;
    }

    private int PickVnode()
    {
        var hot = evaluator.MostLoadedVm;
        var hotCount = evaluator.Members.Count(hot);
        if (hotCount > 0 && random.NextDouble() < options.HotVnodeProbability)
        {
            return evaluator.Members.Member(hot, random.NextInt(hotCount));
        }

        return random.NextInt(evaluator.VnodeCount);
    }

    private int PickDestination(int v, int from)
    {
        var r = random.NextDouble();
        var degree = offsets[v + 1] - offsets[v];
        int to;
        if (r < options.NeighbourDestinationProbability && degree > 0)
        {
            to = evaluator.VmOf(neighbours[offsets[v] + random.NextInt(degree)]);
        }
        else if (r < options.NeighbourDestinationProbability + options.LightDestinationProbability)
        {
            var x = random.NextInt(vmCount);
            var y = random.NextInt(vmCount);
            to = evaluator.Demand(x) <= evaluator.Demand(y) ? x : y;
        }
        else
        {
            to = random.NextInt(vmCount);
        }

        return to != from ? to : OtherVm(from);
    }

    private int OtherVm(int from)
    {
        var to = random.NextInt(vmCount - 1);
        return to >= from ? to + 1 : to;
    }
}
