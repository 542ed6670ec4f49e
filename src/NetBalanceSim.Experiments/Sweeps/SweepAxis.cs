namespace NetBalanceSim.Experiments.Sweeps;

/// <summary>One swept key and its values, in the order the scenario file lists them.</summary>
/// <param name="Key">A scenario key, or <see cref="SweepAxis.TotalCpus"/>.</param>
/// <param name="Values">The values (typed as the key's kind: long, double, bool or string).</param>
public sealed record SweepAxis(string Key, IReadOnlyList<object?> Values)
{
    /// <summary>
    /// A sweep-only key: the testbed's total CPUs. It sets <c>physicalNodes = totalCpus / cpusPerNode</c>; a point
    /// whose total is not a multiple of its CPUs per node does not exist and is skipped (Fig. 10).
    /// </summary>
    public const string TotalCpus = "totalCpus";

    /// <summary>
    /// A sweep-only key whose values are named cases, each setting several keys at once (e.g. a topology with its
    /// testbed), for setups that are not a Cartesian product. The CSV column holds the case's name.
    /// </summary>
    public const string Setup = "setup";
}
