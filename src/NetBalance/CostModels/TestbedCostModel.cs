namespace NetBalance;

/// <summary>
/// The testbed cost model: per-VM CPU demand D(m), the optional NIC term, the time dilation
/// factor tau(phi) and its placement-independent lower bound tauLB.
/// </summary>
/// <remarks>
/// DESIGN §3 "Testbed cost model". For one virtual second, VM m carries the SuT CPU of its vnodes
/// plus, for every directed link u -&gt; w of rate f, <c>sigma(locality) * f</c> if it holds u (send)
/// and again if it holds w (receive). Link constants are CPU-seconds per Gbit and rates Mbit/s,
/// hence the division by 1,000. Full recomputations are O(n + links); the annealer uses the
/// incremental evaluator instead. Immutable and thread-safe.
/// </remarks>
public sealed class TestbedCostModel
{
    /// <summary>Creates the model.</summary>
    /// <param name="shape">The testbed.</param>
    /// <param name="options">The cost constants.</param>
    public TestbedCostModel(TestbedShape shape, TestbedCostOptions options)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(options);
        Shape = shape;
        Options = options.Validate();
    }

    /// <summary>Gets the testbed.</summary>
    public TestbedShape Shape { get; }

    /// <summary>Gets the cost constants.</summary>
    public TestbedCostOptions Options { get; }

    /// <summary>Returns the link emulation cost between two VMs by their locality.</summary>
    /// <param name="vmA">One VM.</param>
    /// <param name="vmB">The other VM.</param>
    /// <returns><c>sigmaIntra</c>, <c>sigmaInterVm</c> or <c>sigmaInterPn</c>, in CPU-seconds per Gbit.</returns>
    public double SigmaCpuSecondsPerGbit(int vmA, int vmB)
    {
        if (vmA == vmB)
        {
            return Options.SigmaIntraCpuSecondsPerGbit;
        }

        return Shape.NodeOf(vmA) == Shape.NodeOf(vmB)
            ? Options.SigmaInterVmCpuSecondsPerGbit
            : Options.SigmaInterPnCpuSecondsPerGbit;
    }

    /// <summary>Returns every VM's demand D(m) in CPU-seconds per virtual second.</summary>
    /// <param name="load">The load.</param>
    /// <param name="placement">The placement phi.</param>
    /// <returns>D(m) for every VM (index = VM).</returns>
    /// <exception cref="ArgumentException">The placement does not fit the load or the testbed.</exception>
    public double[] VmDemand(Load load, Placement placement)
    {
        Check(load, placement);
        var demand = new double[Shape.VmCount];
        var graph = load.Graph;
        var vms = placement.Vms;
        for (var u = 0; u < load.VnodeCount; u++)
        {
            var vmU = vms[u];
            demand[vmU] += load.Cpu[u];
            for (var h = graph.OffsetArray[u]; h < graph.OffsetArray[u + 1]; h++)
            {
                var vmW = vms[graph.NeighbourArray[h]];
                var cost = SigmaCpuSecondsPerGbit(vmU, vmW) * load.Rates[h] / 1000.0;
                demand[vmU] += cost;
                demand[vmW] += cost;
            }
        }

        return demand;
    }

    /// <summary>Returns the traffic crossing each physical node's NIC (links between physical nodes only).</summary>
    /// <param name="load">The load.</param>
    /// <param name="placement">The placement phi.</param>
    /// <returns>out_p and in_p per physical node, in Mbit/s.</returns>
    public NicTraffic NodeNicTraffic(Load load, Placement placement)
    {
        Check(load, placement);
        var outMbps = new double[Shape.PhysicalNodes];
        var inMbps = new double[Shape.PhysicalNodes];
        var graph = load.Graph;
        for (var u = 0; u < load.VnodeCount; u++)
        {
            var nodeU = Shape.NodeOf(placement.Vms[u]);
            for (var h = graph.OffsetArray[u]; h < graph.OffsetArray[u + 1]; h++)
            {
                var nodeW = Shape.NodeOf(placement.Vms[graph.NeighbourArray[h]]);
                if (nodeU != nodeW)
                {
                    outMbps[nodeU] += load.Rates[h];
                    inMbps[nodeW] += load.Rates[h];
                }
            }
        }

        return new NicTraffic(outMbps, inMbps);
    }

    /// <summary>Returns the time dilation factor tau(phi) of a placement under a load.</summary>
    /// <param name="load">The load.</param>
    /// <param name="placement">The placement phi.</param>
    /// <returns><c>max(tauMin, max_m D(m) / rho, [max_p max(out_p, in_p) / (rho * B_nic)])</c>; dimensionless.</returns>
    /// <remarks>The bracketed NIC term counts only when <see cref="TestbedCostOptions.NicTermEnabled"/>.</remarks>
    public double Tau(Load load, Placement placement) => Tau(load, placement, VmDemand(load, placement));

    /// <summary>Returns tau(phi) from the per-VM demand already computed for the same load and placement.</summary>
    /// <param name="load">The load.</param>
    /// <param name="placement">The placement phi.</param>
    /// <param name="vmDemand"><see cref="VmDemand"/> of <paramref name="load"/> under <paramref name="placement"/>.</param>
    /// <returns>The same value as <see cref="Tau(Load, Placement)"/>.</returns>
    public double Tau(Load load, Placement placement, double[] vmDemand)
    {
        var tau = Math.Max(Options.TauMin, vmDemand.Max() / Options.Rho);
        return Options.NicTermEnabled ? Math.Max(tau, NicTau(NodeNicTraffic(load, placement))) : tau;
    }

    /// <summary>Returns the lower bound tauLB that no placement of the load can beat.</summary>
    /// <param name="load">The load.</param>
    /// <returns><c>max(tauMin, sum_v cpu(v) / (rho * M), max_v local(v) / rho)</c>.</returns>
    /// <remarks>
    /// DESIGN §3: <c>local(v) = cpu(v) + sum_w min(sigmaInterVm * (f(v-&gt;w) + f(w-&gt;v)),
    /// cpu(w) + sigmaIntra * (f(v-&gt;w) + f(w-&gt;v)))</c>, taken literally.
    /// </remarks>
    public double TauLowerBound(Load load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var bound = Math.Max(Options.TauMin, load.TotalCpuSecondsPerSecond / (Options.Rho * Shape.VmCount));
        for (var v = 0; v < load.VnodeCount; v++)
        {
            bound = Math.Max(bound, Local(load, v) / Options.Rho);
        }

        return bound;
    }

    /// <summary>Returns the placement quality <c>tau(phi) / tauLB</c> (1 is optimal; higher is worse).</summary>
    /// <param name="load">The load.</param>
    /// <param name="placement">The placement phi.</param>
    /// <returns>The ratio, at least 1.</returns>
    public double Quality(Load load, Placement placement) => Tau(load, placement) / TauLowerBound(load);

    private double Local(Load load, int v)
    {
        var graph = load.Graph;
        var local = load.Cpu[v];
        for (var h = graph.OffsetArray[v]; h < graph.OffsetArray[v + 1]; h++)
        {
            var w = graph.NeighbourArray[h];
            var gbit = (load.Rates[h] + load.Rates[graph.ReverseArray[h]]) / 1000.0;
            var elsewhere = Options.SigmaInterVmCpuSecondsPerGbit * gbit;
            var together = load.Cpu[w] + (Options.SigmaIntraCpuSecondsPerGbit * gbit);
            local += Math.Min(elsewhere, together);
        }

        return local;
    }

    private double NicTau(NicTraffic traffic)
    {
        var busiest = Math.Max(traffic.OutMbps.Max(), traffic.InMbps.Max());
        return busiest / (Options.Rho * Options.NicMbps);
    }

    private void Check(Load load, Placement placement)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(placement);
        placement.Validate(Shape, load.VnodeCount);
    }
}
