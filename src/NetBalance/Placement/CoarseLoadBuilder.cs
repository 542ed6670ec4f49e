namespace NetBalance;

/// <summary>Builds the exact coarse load of a grouping of vnodes.</summary>
/// <remarks>
/// Coarse CPU = members' CPU + <c>2 * sigmaIntra * f</c> for every directed link inside the group
/// (send and receive both land on the group's VM); coarse rate U -&gt; W = the sum of the members'
/// rates. DESIGN §3 "Testbed cost model".
/// </remarks>
internal static class CoarseLoadBuilder
{
    public static Load Build(Load fine, TestbedCostOptions cost, int[] fineToCoarse, int coarseCount)
    {
        var graph = fine.Graph;
        var cpu = new double[coarseCount];
        var rates = new Dictionary<(int From, int To), double>();
        for (var u = 0; u < graph.VertexCount; u++)
        {
            var cu = fineToCoarse[u];
            cpu[cu] += fine.Cpu[u];
            for (var h = graph.OffsetArray[u]; h < graph.OffsetArray[u + 1]; h++)
            {
                var cw = fineToCoarse[graph.NeighbourArray[h]];
                if (cw == cu)
                {
                    cpu[cu] += 2 * cost.SigmaIntraCpuSecondsPerGbit * fine.Rates[h] / 1000.0;
                }
                else
                {
                    rates[(cu, cw)] = rates.GetValueOrDefault((cu, cw)) + fine.Rates[h];
                }
            }
        }

        // Only the link set is taken from the dictionary; the graph sorts its rows, so order does not matter.
        var links = rates.Keys.Where(k => k.From < k.To).ToList();
        var coarseGraph = VnodeGraph.FromEdges(coarseCount, links);
        var halfEdgeRates = new double[coarseGraph.HalfEdgeCount];
        foreach (var ((from, to), rate) in rates)
        {
            halfEdgeRates[coarseGraph.FindHalfEdge(from, to)] = rate;
        }

        return new Load(coarseGraph, cpu, halfEdgeRates);
    }
}
