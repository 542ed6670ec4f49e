namespace NetBalance;

/// <summary>
/// Every constant of the testbed and migration cost models under its scenario name (for example
/// <c>sigmaInterPn</c>), readable as an ordered list and overridable by name.
/// </summary>
/// <remarks>
/// The names are DESIGN §3's symbols where it has one (<c>cpuIdle</c>, <c>kFwd</c>, <c>sigmaIntra</c>,
/// <c>sigmaInterVm</c>, <c>sigmaInterPn</c>, <c>rho</c>, <c>tauMin</c>), <c>nicMbps</c> for B_nic,
/// <c>MemoryMB</c> for <c>mem</c>, and Table 1's costs with their units. Names are matched exactly;
/// an unknown name is an error that suggests the closest valid one. Immutable.
/// </remarks>
/// <param name="Testbed">The testbed cost constants.</param>
/// <param name="Migration">The migration cost constants.</param>
public sealed record CostModelConstants(TestbedCostOptions Testbed, MigrationCostOptions Migration)
{
    private static readonly Entry[] Entries =
    [
        new("cpuIdle", c => c.Testbed.CpuIdleCpuSecondsPerSecond, (c, x) => c with { Testbed = c.Testbed with { CpuIdleCpuSecondsPerSecond = x } }),
        new("kFwd", c => c.Testbed.KFwdCpuSecondsPerGbit, (c, x) => c with { Testbed = c.Testbed with { KFwdCpuSecondsPerGbit = x } }),
        new("sigmaIntra", c => c.Testbed.SigmaIntraCpuSecondsPerGbit, (c, x) => c with { Testbed = c.Testbed with { SigmaIntraCpuSecondsPerGbit = x } }),
        new("sigmaInterVm", c => c.Testbed.SigmaInterVmCpuSecondsPerGbit, (c, x) => c with { Testbed = c.Testbed with { SigmaInterVmCpuSecondsPerGbit = x } }),
        new("sigmaInterPn", c => c.Testbed.SigmaInterPnCpuSecondsPerGbit, (c, x) => c with { Testbed = c.Testbed with { SigmaInterPnCpuSecondsPerGbit = x } }),
        new("rho", c => c.Testbed.Rho, (c, x) => c with { Testbed = c.Testbed with { Rho = x } }),
        new("tauMin", c => c.Testbed.TauMin, (c, x) => c with { Testbed = c.Testbed with { TauMin = x } }),
        new("nicMbps", c => c.Testbed.NicMbps, (c, x) => c with { Testbed = c.Testbed with { NicMbps = x } }),
        new("MemoryMB", c => c.Migration.MemoryMB, (c, x) => c with { Migration = c.Migration with { MemoryMB = x } }),
        new("suspendMsPerVnode", c => c.Migration.SuspendMsPerVnode, (c, x) => c with { Migration = c.Migration with { SuspendMsPerVnode = x } }),
        new("resumeMsPerVnode", c => c.Migration.ResumeMsPerVnode, (c, x) => c with { Migration = c.Migration with { ResumeMsPerVnode = x } }),
        new("snapshotMsPerMB", c => c.Migration.SnapshotMsPerMB, (c, x) => c with { Migration = c.Migration with { SnapshotMsPerMB = x } }),
        new("transferSameNodeMsPerMB", c => c.Migration.TransferSameNodeMsPerMB, (c, x) => c with { Migration = c.Migration with { TransferSameNodeMsPerMB = x } }),
        new("transferOtherNodeMsPerMB", c => c.Migration.TransferOtherNodeMsPerMB, (c, x) => c with { Migration = c.Migration with { TransferOtherNodeMsPerMB = x } }),
        new("restoreMsPerMB", c => c.Migration.RestoreMsPerMB, (c, x) => c with { Migration = c.Migration with { RestoreMsPerMB = x } }),
        new("reattachMsPerVnode", c => c.Migration.ReattachMsPerVnode, (c, x) => c with { Migration = c.Migration with { ReattachMsPerVnode = x } }),
    ];

    /// <summary>Gets the constants with DESIGN §3's defaults.</summary>
    public static CostModelConstants Default { get; } = new(new TestbedCostOptions(), new MigrationCostOptions());

    /// <summary>Gets every scenario name, in the fixed order of <see cref="ToList"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = Array.AsReadOnly(Entries.Select(e => e.Name).ToArray());

    /// <summary>Returns every constant under its scenario name, in a fixed order.</summary>
    /// <returns>The (name, value) pairs.</returns>
    public IReadOnlyList<KeyValuePair<string, double>> ToList() =>
        Entries.Select(e => KeyValuePair.Create(e.Name, e.Get(this))).ToArray();

    /// <summary>Returns the value of one constant.</summary>
    /// <param name="name">The scenario name, e.g. <c>sigmaInterPn</c>.</param>
    /// <returns>Its value, in the unit of the corresponding options property.</returns>
    /// <exception cref="ArgumentException">The name is unknown (the message suggests the closest one).</exception>
    public double Get(string name) => Find(name).Get(this);

    /// <summary>Returns a copy with one constant overridden and validated.</summary>
    /// <param name="name">The scenario name, e.g. <c>sigmaInterPn</c>.</param>
    /// <param name="value">The new value.</param>
    /// <returns>The new constants.</returns>
    /// <exception cref="ArgumentException">The name is unknown (the message suggests the closest one).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of the constant's range.</exception>
    public CostModelConstants With(string name, double value)
    {
        var result = Find(name).Set(this, value);
        result.Testbed.Validate();
        result.Migration.Validate();
        return result;
    }

    /// <summary>Returns a copy with several constants overridden in order (as <c>--set name=value</c> would).</summary>
    /// <param name="overrides">The (name, value) pairs.</param>
    /// <returns>The new constants.</returns>
    /// <exception cref="ArgumentException">A name is unknown.</exception>
    public CostModelConstants With(IEnumerable<KeyValuePair<string, double>> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        return overrides.Aggregate(this, (constants, pair) => constants.With(pair.Key, pair.Value));
    }

    private static Entry Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Name, name, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        var closest = NameSuggestion.Closest(name, Names);
        throw new ArgumentException(
            $"Unknown cost model constant '{name}'. Did you mean '{closest}'? Known: {string.Join(", ", Names)}.",
            nameof(name));
    }

    private sealed record Entry(string Name, Func<CostModelConstants, double> Get, Func<CostModelConstants, double, CostModelConstants> Set);
}
