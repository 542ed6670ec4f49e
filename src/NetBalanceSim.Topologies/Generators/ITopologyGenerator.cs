namespace NetBalanceSim.Topologies.Generators;

/// <summary>A deterministic topology generator: the same parameters and seed always give the same graph.</summary>
public interface ITopologyGenerator
{
    /// <summary>The generator's short name, as used by <c>netbalance-sim topology generate NAME</c>.</summary>
    string Name { get; }

    /// <summary>
    /// The parameters in command-line form and fixed order: each key is an option name without the leading
    /// dashes (e.g. <c>rows</c>), each value formatted culture-invariantly. The seed, if any, is listed last.
    /// </summary>
    IReadOnlyList<KeyValuePair<string, string>> Parameters { get; }

    /// <summary>Builds the topology.</summary>
    /// <returns>A new topology.</returns>
    Topology Generate();
}
