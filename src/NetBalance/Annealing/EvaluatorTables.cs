namespace NetBalance;

/// <summary>
/// The constant inputs of the incremental evaluator, flattened into arrays for its hot loop:
/// per-vnode CPU, per-half-edge traffic in both directions (Gbit/s), the sigma of each locality,
/// each VM's physical node, and the Table 1 times in seconds.
/// </summary>
/// <remarks>DESIGN §3 "Testbed cost model" and "Migration cost model".</remarks>
internal sealed class EvaluatorTables
{
    public EvaluatorTables(TestbedShape shape, Load load, TestbedCostOptions cost, MigrationCostOptions? migration)
    {
        var graph = load.Graph;
        Offsets = graph.OffsetArray;
        Neighbours = graph.NeighbourArray;
        Reverse = graph.ReverseArray;
        Cpu = load.Cpu;
        RatesMbps = load.Rates;
        LinkGbit = new double[graph.HalfEdgeCount];
        for (var h = 0; h < LinkGbit.Length; h++)
        {
            // Both directions of the link land on both endpoints' VMs (send and receive).
            LinkGbit[h] = (load.Rates[h] + load.Rates[graph.ReverseArray[h]]) / 1000.0;
        }

        VmCount = shape.VmCount;
        NodeCount = shape.PhysicalNodes;
        NodeOfVm = Enumerable.Range(0, VmCount).Select(shape.NodeOf).ToArray();
        SigmaIntra = cost.SigmaIntraCpuSecondsPerGbit;
        SigmaInterVm = cost.SigmaInterVmCpuSecondsPerGbit;
        SigmaInterPn = cost.SigmaInterPnCpuSecondsPerGbit;
        Rho = cost.Rho;
        TauMin = cost.TauMin;
        NicEnabled = cost.NicTermEnabled;
        NicMbps = cost.NicMbps;
        TrackMigrations = migration is not null;
        if (migration is not null)
        {
            var model = new MigrationCostModel(shape, migration);
            SuspendSeconds = model.SuspendSecondsPerVnode;
            ResumeSeconds = model.ResumeSecondsPerVnode;
            ReattachSeconds = model.ReattachSeconds;
            StateSameNodeSeconds = model.StateSeconds(0, 0);
            StateOtherNodeSeconds = model.StateSeconds(0, model.Shape.CpusPerNode); // VM C is on node 1, VM 0 on node 0
        }
    }

    public int[] Offsets { get; }

    public int[] Neighbours { get; }

    public int[] Reverse { get; }

    public double[] Cpu { get; }

    public double[] RatesMbps { get; }

    public double[] LinkGbit { get; }

    public int VmCount { get; }

    public int NodeCount { get; }

    public int[] NodeOfVm { get; }

    public double SigmaIntra { get; }

    public double SigmaInterVm { get; }

    public double SigmaInterPn { get; }

    public double Rho { get; }

    public double TauMin { get; }

    public bool NicEnabled { get; }

    public double NicMbps { get; }

    public bool TrackMigrations { get; }

    public double SuspendSeconds { get; }

    public double ResumeSeconds { get; }

    public double ReattachSeconds { get; }

    public double StateSameNodeSeconds { get; }

    public double StateOtherNodeSeconds { get; }

    public double Sigma(int vmA, int vmB)
    {
        if (vmA == vmB)
        {
            return SigmaIntra;
        }

        return NodeOfVm[vmA] == NodeOfVm[vmB] ? SigmaInterVm : SigmaInterPn;
    }

    public double StateSeconds(int vmA, int vmB) =>
        NodeOfVm[vmA] == NodeOfVm[vmB] ? StateSameNodeSeconds : StateOtherNodeSeconds;
}
