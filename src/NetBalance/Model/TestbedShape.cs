namespace NetBalance;

/// <summary>
/// The shape of the testbed: <see cref="PhysicalNodes"/> physical nodes with
/// <see cref="CpusPerNode"/> CPUs each and one VM per CPU.
/// </summary>
/// <remarks>
/// DESIGN §3 "Testbed". VMs are numbered <c>node * CpusPerNode + cpu</c>, so the VMs of one
/// physical node are consecutive. Every VM has a capacity of one CPU-second per second.
/// </remarks>
public sealed record TestbedShape
{
    /// <summary>Creates a testbed shape.</summary>
    /// <param name="physicalNodes">The number of physical nodes P; at least 1.</param>
    /// <param name="cpusPerNode">The number of CPUs (and VMs) per physical node C; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is below 1.</exception>
    public TestbedShape(int physicalNodes, int cpusPerNode)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(physicalNodes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(cpusPerNode, 1);
        PhysicalNodes = physicalNodes;
        CpusPerNode = cpusPerNode;
    }

    /// <summary>Gets DESIGN §3's default testbed: 8 physical nodes with 8 CPUs each (64 VMs).</summary>
    public static TestbedShape Default { get; } = new(8, 8);

    /// <summary>Gets the number of physical nodes P.</summary>
    public int PhysicalNodes { get; }

    /// <summary>Gets the number of CPUs per physical node C (one VM each).</summary>
    public int CpusPerNode { get; }

    /// <summary>Gets the number of VMs M = P * C.</summary>
    public int VmCount => PhysicalNodes * CpusPerNode;

    /// <summary>Returns the physical node that hosts a VM.</summary>
    /// <param name="vm">The VM index in [0, <see cref="VmCount"/>).</param>
    /// <returns>The physical node index, <c>vm / CpusPerNode</c>.</returns>
    public int NodeOf(int vm) => vm / CpusPerNode;

    /// <summary>Returns the index of the VM on a given CPU of a given physical node.</summary>
    /// <param name="node">The physical node index.</param>
    /// <param name="cpu">The CPU index within the node.</param>
    /// <returns>The VM index <c>node * CpusPerNode + cpu</c>.</returns>
    public int VmIndex(int node, int cpu) => (node * CpusPerNode) + cpu;
}
