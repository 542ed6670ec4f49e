namespace NetBalance;

/// <summary>The migrations of a transition phi -&gt; phi' and their reconfiguration time Tr.</summary>
/// <remarks>DESIGN §3 "Migration cost model"; paper eq. (2) and Table 1. Immutable.</remarks>
public sealed class MigrationPlan
{
    /// <summary>Creates a plan.</summary>
    /// <param name="migrations">The migrations, in increasing vnode order.</param>
    /// <param name="vmSeconds">Every VM's reconfiguration time in seconds (index = VM).</param>
    public MigrationPlan(IReadOnlyList<Migration> migrations, IReadOnlyList<double> vmSeconds)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        ArgumentNullException.ThrowIfNull(vmSeconds);
        Migrations = migrations.ToArray();
        VmSeconds = vmSeconds.ToArray();
        ReconfigurationSeconds = Migrations.Count == 0 || VmSeconds.Count == 0 ? 0 : VmSeconds.Max();
    }

    /// <summary>Gets the migrations, in increasing vnode order.</summary>
    public IReadOnlyList<Migration> Migrations { get; }

    /// <summary>Gets every VM's reconfiguration time in seconds: suspend, its migrations' parts, reattach, resume.</summary>
    public IReadOnlyList<double> VmSeconds { get; }

    /// <summary>Gets Tr, the maximum of <see cref="VmSeconds"/>, in seconds of real time; 0 without migrations.</summary>
    public double ReconfigurationSeconds { get; }
}
