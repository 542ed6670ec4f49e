namespace NetBalance;

/// <summary>
/// A lower bound of tau for a load whose traffic flows along a tree (the sink-switch workload): the largest, over the
/// vnodes, of the least demand a VM holding that vnode can have. Tighter than <see cref="TestbedCostModel.TauLowerBound"/>
/// once there are many more vnodes than VMs and the vnodes next to the sink dominate.
/// </summary>
/// <remarks>
/// A VM holding vnode v holds some set S with v in it. Its demand is the CPU of S, plus <c>2 sigmaIntra f</c> for every
/// link inside S, plus at least <c>sigma f</c> for every link leaving S, <c>sigma = min(sigmaInterVm, sigmaInterPn)</c>
/// (whichever kind of link it becomes); <c>f</c> is the link's traffic in both directions, in Gbit/s. Links that carry
/// nothing cost nothing, and a vnode not joined to S by traffic only adds to it, so the least demand is that of the best
/// subtree of the traffic tree containing v: rooted at v, <c>best(u) = cpu(u) + sum over u's children c of
/// min(sigma f(c, u), best(c) + 2 sigmaIntra f(c, u))</c>. One pass down and one up give it for every v (rerooting).
/// The bound is <c>max(tauMin, max_v best_v(v) / rho)</c>. DESIGN's <c>local(v)</c> stops the recursion after one level
/// with <c>best(c) = cpu(c)</c>, which leaves out what a co-located neighbour's own links cost: with many vnodes per VM
/// the heavy forwarders next to the sink make it 25 to 50% lower than this bound. Used by the benchmarks, not the placer.
/// </remarks>
public static class TrafficTreeBound
{
    /// <summary>The bound for <paramref name="load"/>.</summary>
    /// <param name="testbed">The testbed cost model (sigmas, rho, tauMin).</param>
    /// <param name="load">The load; the links that carry traffic form a forest (as a sink tree's do).</param>
    /// <returns>The lower bound of tau.</returns>
    /// <exception cref="ArgumentException">The links carrying traffic contain a cycle.</exception>
    public static double Tau(TestbedCostModel testbed, Load load)
    {
        ArgumentNullException.ThrowIfNull(testbed);
        ArgumentNullException.ThrowIfNull(load);
        var o = testbed.Options;
        var leaving = Math.Min(o.SigmaInterVmCpuSecondsPerGbit, o.SigmaInterPnCpuSecondsPerGbit);
        var n = load.VnodeCount;
        var (order, parent, linkGbit) = Forest(load);

        // Down: best of the subtree below each vnode; the term each vnode adds to its parent.
        var down = new double[n];
        var term = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var c = order[i];
            down[c] += load.Cpu[c];
            if (parent[c] >= 0)
            {
                term[c] = Math.Min(leaving * linkGbit[c], down[c] + (2 * o.SigmaIntraCpuSecondsPerGbit * linkGbit[c]));
                down[parent[c]] += term[c];
            }
        }

        // Up: best of everything on the parent's side of each vnode; whole: best of the tree rooted at the vnode.
        var up = new double[n];
        var best = 0.0;
        foreach (var v in order)
        {
            var whole = down[v];
            if (parent[v] >= 0)
            {
                var f = linkGbit[v];
                whole += Math.Min(leaving * f, up[v] + (2 * o.SigmaIntraCpuSecondsPerGbit * f));
            }

            best = Math.Max(best, whole);
            var graph = load.Graph;
            for (var h = graph.OffsetArray[v]; h < graph.OffsetArray[v + 1]; h++)
            {
                var c = graph.NeighbourArray[h];
                if (parent[c] == v)
                {
                    up[c] = whole - term[c];
                }
            }
        }

        return Math.Max(o.TauMin, best / o.Rho);
    }

    /// <summary>Breadth-first over links that carry traffic, from each vnode not yet reached: parents come before children.</summary>
    private static (int[] Order, int[] Parent, double[] LinkGbit) Forest(Load load)
    {
        var graph = load.Graph;
        var n = load.VnodeCount;
        var order = new int[n];
        var parent = new int[n];
        var linkGbit = new double[n];
        Array.Fill(parent, -2);
        var count = 0;
        for (var root = 0; root < n; root++)
        {
            if (parent[root] != -2)
            {
                continue;
            }

            parent[root] = -1;
            order[count++] = root;
            for (var i = count - 1; i < count; i++)
            {
                var v = order[i];
                for (var h = graph.OffsetArray[v]; h < graph.OffsetArray[v + 1]; h++)
                {
                    var c = graph.NeighbourArray[h];
                    var gbit = (load.Rates[h] + load.Rates[graph.ReverseArray[h]]) / 1000.0;
                    if (gbit <= 0 || c == parent[v])
                    {
                        continue;
                    }

                    if (parent[c] != -2)
                    {
                        throw new ArgumentException($"The links carrying traffic contain a cycle (through vnodes {v} and {c}); the bound needs a forest.", nameof(load));
                    }

                    parent[c] = v;
                    linkGbit[c] = gbit;
                    order[count++] = c;
                }
            }
        }

        return (order, parent, linkGbit);
    }
}
