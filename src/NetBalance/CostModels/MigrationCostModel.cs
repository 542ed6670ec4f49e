namespace NetBalance;

/// <summary>
/// The migration cost model: the migrations a transition phi -&gt; phi' implies and its
/// reconfiguration time Tr, per VM and overall.
/// </summary>
/// <remarks>
/// DESIGN §3 "Migration cost model"; paper eq. (2) and Table 1. VM m's time is
/// <c>suspend * |before(m)| + resume * |after(m)|</c> plus, for every migration touching m,
/// <c>(snapshot + transfer + restore) * mem</c> (transfer by locality), plus <c>reattach</c> for every
/// migration arriving at m. Migrations of one VM run one after another, VMs in parallel:
/// <c>Tr = max_m</c> of these, and 0 when nothing migrates. Immutable and thread-safe.
/// </remarks>
public sealed class MigrationCostModel
{
    /// <summary>Creates the model.</summary>
    /// <param name="shape">The testbed.</param>
    /// <param name="options">The Table 1 constants.</param>
    public MigrationCostModel(TestbedShape shape, MigrationCostOptions options)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(options);
        Shape = shape;
        Options = options.Validate();
    }

    /// <summary>Gets the testbed.</summary>
    public TestbedShape Shape { get; }

    /// <summary>Gets the Table 1 constants.</summary>
    public MigrationCostOptions Options { get; }

    /// <summary>Returns the state-moving time one migration charges to each of its two VMs.</summary>
    /// <param name="fromVm">The source VM.</param>
    /// <param name="toVm">The destination VM.</param>
    /// <returns><c>(snapshot + transfer + restore) * mem</c> in seconds, transfer by locality.</returns>
    public double StateSeconds(int fromVm, int toVm)
    {
        var transfer = Shape.NodeOf(fromVm) == Shape.NodeOf(toVm)
            ? Options.TransferSameNodeMsPerMB
            : Options.TransferOtherNodeMsPerMB;
        return (Options.SnapshotMsPerMB + transfer + Options.RestoreMsPerMB) * Options.MemoryMB / 1000.0;
    }

    /// <summary>Gets the reattach time charged to a migration's destination VM, in seconds.</summary>
    public double ReattachSeconds => Options.ReattachMsPerVnode / 1000.0;

    /// <summary>Gets the suspend time per vnode on a VM before the transition, in seconds.</summary>
    public double SuspendSecondsPerVnode => Options.SuspendMsPerVnode / 1000.0;

    /// <summary>Gets the resume time per vnode on a VM after the transition, in seconds.</summary>
    public double ResumeSecondsPerVnode => Options.ResumeMsPerVnode / 1000.0;

    /// <summary>Plans the transition from one placement to another.</summary>
    /// <param name="from">The current placement phi.</param>
    /// <param name="to">The new placement phi'.</param>
    /// <returns>The migrations (increasing vnode order), every VM's time and Tr.</returns>
    /// <exception cref="ArgumentException">The placements differ in size or do not fit the testbed.</exception>
    public MigrationPlan Plan(Placement from, Placement to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        from.Validate(Shape, from.Count);
        to.Validate(Shape, from.Count);
        var seconds = new double[Shape.VmCount];
        var migrations = new List<Migration>();
        for (var v = 0; v < from.Count; v++)
        {
            seconds[from[v]] += SuspendSecondsPerVnode;
            seconds[to[v]] += ResumeSecondsPerVnode;
            if (from[v] != to[v])
            {
                migrations.Add(new Migration(v, from[v], to[v]));
                var state = StateSeconds(from[v], to[v]);
                seconds[from[v]] += state;
                seconds[to[v]] += state + ReattachSeconds;
            }
        }

        return new MigrationPlan(migrations, seconds);
    }

    /// <summary>Returns Tr of a transition, in seconds of real time.</summary>
    /// <param name="from">The current placement phi.</param>
    /// <param name="to">The new placement phi'.</param>
    /// <returns>The reconfiguration time Tr; 0 when nothing migrates.</returns>
    public double ReconfigurationSeconds(Placement from, Placement to) => Plan(from, to).ReconfigurationSeconds;
}
