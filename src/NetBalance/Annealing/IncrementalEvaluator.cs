namespace NetBalance;

/// <summary>
/// Holds a placement with its per-VM demands, NIC traffic and per-VM reconfiguration times, and
/// evaluates moving one vnode or swapping two in O(degree), plus O(log M) to find a maximum again from 64 VMs on (a scan of
/// the M VMs below that, which is faster there).
/// </summary>
/// <remarks>
/// DESIGN §3 "NETbalance control loop": moving vnode v changes the demand of its source and
/// destination VMs and, through the locality of v's links, of the VMs holding v's neighbours; Tr
/// is tracked per VM against the origin placement phi, so moving a vnode back cancels its
/// migration. A proposal accumulates per-VM deltas in scratch arrays (nothing is allocated) and
/// <see cref="Commit"/> applies the last one. The annealer's energy is chi plus an optional balance term
/// (docs/model.md). Not thread-safe.
/// </remarks>
internal sealed partial class IncrementalEvaluator
{
    private const int ResyncInterval = 1 << 20;

    /// <summary>From this many VMs on, the maxima are kept in tournament trees; below it a scan of the VMs is faster.</summary>
    internal const int TreeMinVms = 64;

    private readonly EvaluatorTables t;
    private readonly int[] vmOf;
    private readonly int[] origin;
    private readonly double[] demand;
    private readonly double[] trVm;
    private readonly double[] nicOut;
    private readonly double[] nicIn;
    private readonly double window;
    private readonly double balanceWeight;
    private double maxDemand;
    private int argMaxDemand;
    private double maxTr;
    private int argMaxTr;
    private int migrationCount;
    private double sumSquares;
    private double maxNic;
    private int commitsSinceSync;
    private readonly MaxTree? demandTree;
    private readonly MaxTree? trTree;
    private readonly double[] nicPeak;
    private readonly MaxTree? nicTree;

    public IncrementalEvaluator(EvaluatorTables tables, Placement start, ChiObjective objective, double balanceWeight)
        : this(tables, start, start, objective, balanceWeight)
    {
    }

    /// <summary>Creates an evaluator that walks from <paramref name="start"/> while chi and Tr are counted from <paramref name="origin"/> (phi).</summary>
    /// <param name="tables">The constant inputs.</param>
    /// <param name="start">The placement the walk starts from.</param>
    /// <param name="origin">phi.</param>
    /// <param name="objective">Eq. (1)'s objective.</param>
    /// <param name="balanceWeight">The weight of the balance term in the energy.</param>
    /// <param name="useTrees">Keep the maxima in tournament trees (null: from <see cref="TreeMinVms"/> VMs on); the results are the same either way.</param>
    public IncrementalEvaluator(EvaluatorTables tables, Placement start, Placement origin, ChiObjective objective, double balanceWeight, bool? useTrees = null)
    {
        t = tables;
        vmOf = origin.ToArray();
        this.origin = origin.ToArray();
        demand = new double[t.VmCount];
        trVm = new double[t.VmCount];
        nicOut = new double[t.NodeCount];
        nicIn = new double[t.NodeCount];
        dDemand = new double[t.VmCount];
        dTr = new double[t.VmCount];
        touched = new int[t.VmCount];
        stamp = new int[t.VmCount];
        dNicOut = new double[t.NodeCount];
        dNicIn = new double[t.NodeCount];
        nodeStamp = new int[t.NodeCount];
        touchedNodes = new int[t.NodeCount];
        nicPeak = new double[t.NodeCount];
        this.balanceWeight = balanceWeight;
        if (useTrees ?? t.VmCount >= TreeMinVms)
        {
            demandTree = new MaxTree(demand);
            trTree = t.TrackMigrations ? new MaxTree(trVm) : null;
            nicTree = t.NicEnabled ? new MaxTree(nicPeak) : null;
        }

        Resynchronise();
        TauStart = Tau;
        window = objective.WindowSeconds(TauStart);
        IncludeTr = objective.IncludeMigrationCost && t.TrackMigrations;
        if (!ReferenceEquals(start, origin))
        {
            start.AsSpan().CopyTo(vmOf);
            Resynchronise();
        }

        Members = new VmMembership(t.VmCount, vmOf);
    }

    public EvaluatorTables Tables => t;

    public VmMembership Members { get; }

    public int VnodeCount => vmOf.Length;

    /// <summary>Gets tau(phi) of the origin placement, against which chi is counted.</summary>
    public double TauStart { get; }

    public bool IncludeTr { get; }

    public double Tau => TauOf(maxDemand, maxNic);

    public double ReconfigurationSeconds => migrationCount > 0 ? maxTr : 0;

    public int MigrationCount => migrationCount;

    public double Chi => (window * (Tau - TauStart)) + (IncludeTr ? ReconfigurationSeconds : 0);

    public double Energy => EnergyOf(Tau, sumSquares, IncludeTr ? ReconfigurationSeconds : 0);

    public int MostLoadedVm => argMaxDemand;

    public double MaxDemand => maxDemand;

    public int VmOf(int vnode) => vmOf[vnode];

    public ReadOnlySpan<int> CurrentVms => vmOf;

    public double Demand(int vm) => demand[vm];

    public Placement ToPlacement() => new(vmOf.ToArray());

    public int OriginVm(int vnode) => origin[vnode];

    /// <summary>Recomputes every tracked quantity from the placement, removing floating-point drift.</summary>
    public void Resynchronise()
    {
        Array.Clear(demand);
        Array.Clear(nicOut);
        Array.Clear(nicIn);
        for (var u = 0; u < vmOf.Length; u++)
        {
            AddVnodeDemand(u);
        }

        sumSquares = 0;
        foreach (var d in demand)
        {
            sumSquares += d * d;
        }

        demandTree?.Rebuild();
        maxDemand = MaxOf(demand, out argMaxDemand);
        for (var p = 0; p < nicPeak.Length; p++)
        {
            nicPeak[p] = Math.Max(nicOut[p], nicIn[p]);
        }

        maxNic = t.NicEnabled ? nicPeak.Max() : 0;
        nicTree?.Rebuild();
        RecomputeTr();
        commitsSinceSync = 0;
    }

    private void AddVnodeDemand(int u)
    {
        var vmU = vmOf[u];
        demand[vmU] += t.Cpu[u];
        for (var h = t.Offsets[u]; h < t.Offsets[u + 1]; h++)
        {
            var vmW = vmOf[t.Neighbours[h]];
            var cost = t.Sigma(vmU, vmW) * t.RatesMbps[h] / 1000.0;
            demand[vmU] += cost;
            demand[vmW] += cost;
            if (t.NicEnabled && t.NodeOfVm[vmU] != t.NodeOfVm[vmW])
            {
                nicOut[t.NodeOfVm[vmU]] += t.RatesMbps[h];
                nicIn[t.NodeOfVm[vmW]] += t.RatesMbps[h];
            }
        }
    }

    private void RecomputeTr()
    {
        Array.Clear(trVm);
        migrationCount = 0;
        if (!t.TrackMigrations)
        {
            maxTr = 0;
            return;
        }

        for (var v = 0; v < vmOf.Length; v++)
        {
            trVm[origin[v]] += t.SuspendSeconds;
            trVm[vmOf[v]] += t.ResumeSeconds;
            if (origin[v] != vmOf[v])
            {
                migrationCount++;
                var state = t.StateSeconds(origin[v], vmOf[v]);
                trVm[origin[v]] += state;
                trVm[vmOf[v]] += state + t.ReattachSeconds;
            }
        }

        trTree?.Rebuild();
        maxTr = MaxOf(trVm, out argMaxTr);
    }

    private double TauOf(double maxVmDemand, double maxNicMbps)
    {
        var tau = Math.Max(t.TauMin, maxVmDemand / t.Rho);
        return t.NicEnabled ? Math.Max(tau, maxNicMbps / (t.Rho * t.NicMbps)) : tau;
    }

    private double EnergyOf(double tau, double squares, double tr)
    {
        if (balanceWeight == 0)
        {
            // Without the balance term the sum of squares is not kept up to date (and would add exactly 0).
            return (window * tau) + tr;
        }

        var rms = Math.Sqrt(squares / t.VmCount) / t.Rho;
        return (window * (tau + (balanceWeight * rms))) + tr;
    }

    private static double MaxOf(double[] values, out int arg)
    {
        arg = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[arg])
            {
                arg = i;
            }
        }

        return values[arg];
    }
}
