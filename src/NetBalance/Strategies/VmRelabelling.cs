namespace NetBalance;

/// <summary>
/// Renames the VMs of a fresh placement onto those of the placement in effect so that few vnodes migrate: physical
/// nodes first, then the VMs inside each node, each time pairing greedily by the largest shared vnode CPU.
/// </summary>
/// <remarks>
/// DESIGN §5 <c>annealing+fresh</c>. Mapping nodes onto nodes and, inside each, VMs onto VMs keeps every pair of
/// vnodes on the same VM, the same node or different nodes as before, so tau is unchanged; only the migrations
/// change. Pairs are taken by decreasing shared CPU, ties to the lower (fresh, current) indices; what is left
/// unpaired is matched in increasing index order. O(n log n) time, O(n + M) memory. Thread-safe (no state).
/// </remarks>
public static class VmRelabelling
{
    /// <summary>Relabels <paramref name="fresh"/> onto <paramref name="current"/>.</summary>
    /// <param name="fresh">The fresh placement.</param>
    /// <param name="current">The placement in effect.</param>
    /// <param name="load">The load whose vnode CPU weighs the pairs.</param>
    /// <param name="shape">The testbed.</param>
    /// <returns>The fresh placement with its VMs renamed.</returns>
    public static Placement Onto(Placement fresh, Placement current, Load load, TestbedShape shape)
    {
        ArgumentNullException.ThrowIfNull(fresh);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(shape);
        fresh.Validate(shape, load.VnodeCount);
        current.Validate(shape, load.VnodeCount);
        var cpu = load.CpuSecondsPerSecond;
        var nodeMap = Match(shape.PhysicalNodes, fresh.Count, v => shape.NodeOf(fresh[v]), v => shape.NodeOf(current[v]), cpu, allowed: null);
        var vmMap = Match(
            shape.VmCount,
            fresh.Count,
            v => fresh[v],
            v => current[v],
            cpu,
            (f, c) => nodeMap[shape.NodeOf(f)] == shape.NodeOf(c));
        FillWithinNodes(vmMap, nodeMap, shape);
        var vms = new int[fresh.Count];
        for (var v = 0; v < vms.Length; v++)
        {
            vms[v] = vmMap[fresh[v]];
        }

        return new Placement(vms);
    }

    /// <summary>
    /// Pairs labels greedily by the CPU they share. Without a rule every label is paired (the rest in index order);
    /// with one, only allowed pairs are made and the unpaired labels stay -1.
    /// </summary>
    private static int[] Match(int labels, int vnodes, Func<int, int> freshOf, Func<int, int> currentOf, ReadOnlySpan<double> cpu, Func<int, int, bool>? allowed)
    {
        var keys = new long[vnodes];
        for (var v = 0; v < vnodes; v++)
        {
            keys[v] = ((long)freshOf(v) * labels) + currentOf(v);
        }

        var order = Enumerable.Range(0, vnodes).ToArray();
        Array.Sort(keys, order);
        var pairs = new List<(double Weight, int Fresh, int Current)>();
        for (var i = 0; i < vnodes;)
        {
            var key = keys[i];
            var weight = 0.0;
            for (; i < vnodes && keys[i] == key; i++)
            {
                weight += cpu[order[i]];
            }

            var (f, c) = ((int)(key / labels), (int)(key % labels));
            if (allowed is null || allowed(f, c))
            {
                pairs.Add((weight, f, c));
            }
        }

        pairs.Sort((a, b) => b.Weight != a.Weight ? b.Weight.CompareTo(a.Weight) : a.Fresh != b.Fresh ? a.Fresh.CompareTo(b.Fresh) : a.Current.CompareTo(b.Current));
        var map = Enumerable.Repeat(-1, labels).ToArray();
        var taken = new bool[labels];
        foreach (var (_, f, c) in pairs)
        {
            if (map[f] < 0 && !taken[c])
            {
                map[f] = c;
                taken[c] = true;
            }
        }

        if (allowed is not null)
        {
            return map;
        }

        var free = 0;
        for (var f = 0; f < labels; f++)
        {
            if (map[f] >= 0)
            {
                continue;
            }

            while (taken[free])
            {
                free++;
            }

            map[f] = free;
            taken[free] = true;
        }

        return map;
    }

    /// <summary>Gives every unpaired fresh VM a free VM of the node its node was mapped to, in increasing index order.</summary>
    private static void FillWithinNodes(int[] vmMap, int[] nodeMap, TestbedShape shape)
    {
        var taken = new bool[shape.VmCount];
        foreach (var vm in vmMap)
        {
            if (vm >= 0)
            {
                taken[vm] = true;
            }
        }

        for (var f = 0; f < shape.VmCount; f++)
        {
            if (vmMap[f] >= 0)
            {
                continue;
            }

            var node = nodeMap[shape.NodeOf(f)];
            var cpuIndex = 0;
            while (taken[shape.VmIndex(node, cpuIndex)])
            {
                cpuIndex++;
            }

            vmMap[f] = shape.VmIndex(node, cpuIndex);
            taken[vmMap[f]] = true;
        }
    }
}
