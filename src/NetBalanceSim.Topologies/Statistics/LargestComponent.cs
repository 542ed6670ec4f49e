namespace NetBalanceSim.Topologies.Statistics;

/// <summary>The largest connected component of a topology, as a topology of its own.</summary>
public static class LargestComponent
{
    /// <summary>
    /// Keeps the largest connected component (on a tie, the one holding the smallest vertex id), renumbering its
    /// vertices 0..k-1 in their old order and keeping every vertex's label (its old id when it had none).
    /// </summary>
    /// <param name="topology">The topology.</param>
    /// <returns>The component (the topology itself when it is connected) and how many vertices and links were dropped.</returns>
    public static LargestComponentResult Of(Topology topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        var component = TopologyStatisticsCalculator.ComponentLabels(topology);
        int components = component.Length == 0 ? 0 : component.Max() + 1;
        if (components <= 1)
        {
            return new LargestComponentResult(topology, components, 0, 0);
        }
        var sizes = new int[components];
        foreach (int c in component)
        {
            sizes[c]++;
        }
        // Components are numbered in order of their smallest vertex, so the first largest one wins a tie.
        int kept = Array.IndexOf(sizes, sizes.Max());
        var newId = new int[topology.NodeCount];
        var labels = new List<string>(sizes[kept]);
        for (int v = 0; v < topology.NodeCount; v++)
        {
            newId[v] = component[v] == kept ? labels.Count : -1;
            if (component[v] == kept)
            {
                labels.Add(topology.LabelOf(v));
            }
        }
        var links = new List<Link>();
        foreach (var link in topology.Links)
        {
            if (newId[link.U] >= 0)
            {
                links.Add(Link.Between(newId[link.U], newId[link.V]));
            }
        }
        var result = new Topology(labels.Count, links, labels);
        return new LargestComponentResult(result, components, topology.NodeCount - result.NodeCount, topology.LinkCount - result.LinkCount);
    }
}

/// <summary>What <see cref="LargestComponent.Of"/> kept and dropped.</summary>
/// <param name="Topology">The largest component.</param>
/// <param name="Components">The number of connected components of the original topology.</param>
/// <param name="DroppedVertices">Vertices outside the largest component.</param>
/// <param name="DroppedLinks">Links outside the largest component.</param>
public sealed record LargestComponentResult(Topology Topology, int Components, int DroppedVertices, int DroppedLinks);
