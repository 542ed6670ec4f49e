namespace NetBalance;

/// <summary>A placement phi: the VM of every vnode. Immutable.</summary>
/// <remarks>DESIGN §3 "Testbed cost model": a placement maps each vnode to a VM.</remarks>
public sealed class Placement : IEquatable<Placement>
{
    /// <summary>Creates a placement from the VM of every vnode (the values are copied).</summary>
    /// <param name="vmOfVnode">The VM index of vnode v at position v; every entry non-negative.</param>
    /// <exception cref="ArgumentException">An entry is negative.</exception>
    public Placement(IReadOnlyList<int> vmOfVnode)
        : this(Copy(vmOfVnode))
    {
    }

    internal Placement(int[] owned)
    {
        Vms = owned;
    }

    /// <summary>Gets the number of vnodes placed.</summary>
    public int Count => Vms.Length;

    internal int[] Vms { get; }

    /// <summary>Gets the VM of a vnode.</summary>
    /// <param name="vnode">The vnode.</param>
    /// <returns>Its VM index.</returns>
    public int this[int vnode] => Vms[vnode];

    /// <summary>Returns the VMs as a read-only span (position = vnode).</summary>
    /// <returns>The span.</returns>
    public ReadOnlySpan<int> AsSpan() => Vms;

    /// <summary>Returns a copy of the VMs (position = vnode).</summary>
    /// <returns>A new array.</returns>
    public int[] ToArray() => (int[])Vms.Clone();

    /// <summary>Checks that the placement fits a testbed and a graph.</summary>
    /// <param name="shape">The testbed.</param>
    /// <param name="vnodeCount">The expected number of vnodes.</param>
    /// <returns>This instance.</returns>
    /// <exception cref="ArgumentException">The count differs or a VM index is out of range.</exception>
    public Placement Validate(TestbedShape shape, int vnodeCount)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (Count != vnodeCount)
        {
            throw new ArgumentException($"The placement has {Count} vnodes, the graph {vnodeCount}.", nameof(vnodeCount));
        }

        for (var v = 0; v < Vms.Length; v++)
        {
            if (Vms[v] >= shape.VmCount)
            {
                throw new ArgumentException($"Vnode {v} is on VM {Vms[v]}, but the testbed has {shape.VmCount} VMs.", nameof(shape));
            }
        }

        return this;
    }

    /// <inheritdoc/>
    public bool Equals(Placement? other) => other is not null && Vms.AsSpan().SequenceEqual(other.Vms);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Placement);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Vms.AsSpan()));
        return hash.ToHashCode();
    }

    private static int[] Copy(IReadOnlyList<int> vmOfVnode)
    {
        ArgumentNullException.ThrowIfNull(vmOfVnode);
        var vms = vmOfVnode.ToArray();
        for (var v = 0; v < vms.Length; v++)
        {
            if (vms[v] < 0)
            {
                throw new ArgumentException($"Vnode {v} has a negative VM {vms[v]}.", nameof(vmOfVnode));
            }
        }

        return vms;
    }
}
