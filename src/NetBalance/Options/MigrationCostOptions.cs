namespace NetBalance;

/// <summary>The constants of the migration cost model: Table 1 of the paper, with DESIGN §3's defaults.</summary>
/// <remarks>
/// DESIGN §3 "Migration cost model"; paper Table 1 and eq. (2). With the defaults, one 10 MB
/// migration within a physical node costs its destination VM (4.6 + 13.1 + 1.8) ms/MB * 10 MB +
/// 200 ms = 0.395 s, across physical nodes 0.414 s, plus suspend and resume.
/// </remarks>
public sealed record MigrationCostOptions
{
    /// <summary>Gets the memory footprint of one vnode's SuT, <c>mem</c>, in MB.</summary>
    /// <value>The default value is 10.</value>
    public double MemoryMB { get; init; } = 10;

    /// <summary>Gets the time to suspend one vnode, charged per vnode on a VM before the transition, in ms.</summary>
    /// <value>The default value is 6.</value>
    public double SuspendMsPerVnode { get; init; } = 6;

    /// <summary>Gets the time to resume one vnode, charged per vnode on a VM after the transition, in ms.</summary>
    /// <value>The default value is 3.5.</value>
    public double ResumeMsPerVnode { get; init; } = 3.5;

    /// <summary>Gets the time to snapshot a vnode's state, per MB of <see cref="MemoryMB"/>, in ms.</summary>
    /// <value>The default value is 4.6.</value>
    public double SnapshotMsPerMB { get; init; } = 4.6;

    /// <summary>Gets the time to transfer a vnode's state between VMs of one physical node, per MB, in ms.</summary>
    /// <value>The default value is 13.1.</value>
    public double TransferSameNodeMsPerMB { get; init; } = 13.1;

    /// <summary>Gets the time to transfer a vnode's state between physical nodes, per MB, in ms.</summary>
    /// <value>The default value is 15.0.</value>
    public double TransferOtherNodeMsPerMB { get; init; } = 15.0;

    /// <summary>Gets the time to restore a vnode's state, per MB, in ms.</summary>
    /// <value>The default value is 1.8.</value>
    public double RestoreMsPerMB { get; init; } = 1.8;

    /// <summary>Gets the time to reattach a migrated vnode to the virtual topology, charged to its destination VM, in ms.</summary>
    /// <value>The default value is 200.</value>
    public double ReattachMsPerVnode { get; init; } = 200;

    /// <summary>Checks that every constant is finite and non-negative.</summary>
    /// <returns>This instance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A constant is negative or not finite.</exception>
    public MigrationCostOptions Validate()
    {
        TestbedCostOptions.RequireNonNegative(MemoryMB, nameof(MemoryMB));
        TestbedCostOptions.RequireNonNegative(SuspendMsPerVnode, nameof(SuspendMsPerVnode));
        TestbedCostOptions.RequireNonNegative(ResumeMsPerVnode, nameof(ResumeMsPerVnode));
        TestbedCostOptions.RequireNonNegative(SnapshotMsPerMB, nameof(SnapshotMsPerMB));
        TestbedCostOptions.RequireNonNegative(TransferSameNodeMsPerMB, nameof(TransferSameNodeMsPerMB));
        TestbedCostOptions.RequireNonNegative(TransferOtherNodeMsPerMB, nameof(TransferOtherNodeMsPerMB));
        TestbedCostOptions.RequireNonNegative(RestoreMsPerMB, nameof(RestoreMsPerMB));
        TestbedCostOptions.RequireNonNegative(ReattachMsPerVnode, nameof(ReattachMsPerVnode));
        return this;
    }
}
