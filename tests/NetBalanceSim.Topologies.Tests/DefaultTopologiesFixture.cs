using NetBalanceSim.Topologies.Generators;
using NetBalanceSim.Topologies.Statistics;

namespace NetBalanceSim.Topologies.Tests;

/// <summary>The four default topologies and their statistics, computed once for all tests that share them.</summary>
public sealed class DefaultTopologiesFixture
{
    private readonly Dictionary<string, (Topology Topology, TopologyStatistics Statistics)> cache = [];
    private readonly Lock gate = new();

    public Topology Topology(string name) => Get(name).Topology;

    public TopologyStatistics Statistics(string name) => Get(name).Statistics;

    private (Topology Topology, TopologyStatistics Statistics) Get(string name)
    {
        lock (gate)
        {
            if (!cache.TryGetValue(name, out var entry))
            {
                var topology = TopologyGenerators.Default(name).Generate();
                entry = (topology, TopologyStatisticsCalculator.Compute(topology));
                cache.Add(name, entry);
            }
            return entry;
        }
    }
}
