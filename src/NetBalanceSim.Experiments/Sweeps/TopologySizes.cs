using NetBalanceSim.Experiments.Scenarios;

namespace NetBalanceSim.Experiments.Sweeps;

/// <summary>The vertices and links of the topologies a plan's points use, each file read once, for the plan's estimates.</summary>
/// <param name="scenarioPath">The scenario file, which names a topology that cannot be read in the error.</param>
internal sealed class TopologySizes(string scenarioPath)
{
    private readonly Dictionary<string, (int Vnodes, int Links)> sizes = new(StringComparer.Ordinal);

    /// <summary>The vertices and links of the topology of <paramref name="resolved"/>, read as its keys say.</summary>
    /// <exception cref="ScenarioException">The file is not a valid topology.</exception>
    public (int Vnodes, int Links) Of(ResolvedScenario resolved)
    {
        if (!sizes.TryGetValue(resolved.TopologyKey, out var size))
        {
            var topology = ScenarioTopology.Read(resolved with { ScenarioPath = scenarioPath }).Topology;
            size = (topology.NodeCount, topology.LinkCount);
            sizes[resolved.TopologyKey] = size;
        }
        return size;
    }
}
