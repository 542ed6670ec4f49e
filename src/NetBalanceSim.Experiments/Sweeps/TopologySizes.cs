using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Topologies.Formats;

namespace NetBalanceSim.Experiments.Sweeps;

/// <summary>The vertices and links of the topologies a plan's points use, each file read once, for the plan's estimates.</summary>
/// <param name="scenarioPath">The scenario file, which names a topology that cannot be read in the error.</param>
internal sealed class TopologySizes(string scenarioPath)
{
    private readonly Dictionary<string, (int Vnodes, int Links)> sizes = new(StringComparer.Ordinal);

    /// <summary>The vertices and links of the topology file <paramref name="path"/>.</summary>
    /// <exception cref="ScenarioException">The file is not a valid topology.</exception>
    public (int Vnodes, int Links) Of(string path)
    {
        if (!sizes.TryGetValue(path, out var size))
        {
            try
            {
                var topology = TopologyFile.Read(path).Topology;
                size = (topology.NodeCount, topology.LinkCount);
            }
            catch (TopologyFormatException ex)
            {
                throw ScenarioException.ForKey(scenarioPath, "topology", ex.Message);
            }
            sizes[path] = size;
        }
        return size;
    }
}
