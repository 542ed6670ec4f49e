namespace NetBalance;

/// <summary>Coarsens a load by heavy-edge matching plus sibling matching of leftovers that share their heaviest neighbour.</summary>
/// <remarks>
/// DESIGN §3 "Initial placement": the coarsening step of a multilevel partition (docs/model.md).
/// Vertices are visited in a seeded random order; each pairs with the unmatched neighbour over the
/// link of highest traffic (lowest id on ties) unless the pair's estimated weight would exceed the
/// cap. Leftovers pair with another leftover that has the same heaviest neighbour, which collapses
/// stars (a LAN router's clients) that plain matching cannot.
/// </remarks>
internal static class GraphCoarsener
{
    public static CoarseLevel Coarsen(Load fine, TestbedCostOptions cost, double weightCap, IRandomSource random)
    {
        var match = Match(fine, cost, weightCap, random);
        var fineToCoarse = new int[match.Length];
        var coarseCount = 0;
        for (var v = 0; v < match.Length; v++)
        {
            if (match[v] >= v)
            {
                fineToCoarse[v] = coarseCount;
                fineToCoarse[match[v]] = coarseCount++;
            }
        }

        return new CoarseLevel(CoarseLoadBuilder.Build(fine, cost, fineToCoarse, coarseCount), fineToCoarse);
    }

    private static int[] Match(Load fine, TestbedCostOptions cost, double weightCap, IRandomSource random)
    {
        var graph = fine.Graph;
        var n = graph.VertexCount;
        var weight = EstimatedWeights(fine, cost);
        var match = Enumerable.Repeat(-1, n).ToArray();
        var order = Shuffled(n, random);
        foreach (var v in order)
        {
            if (match[v] < 0)
            {
                var w = HeaviestNeighbour(fine, v, weight, weightCap, cost, match);
                match[v] = w < 0 ? -1 : w;
                if (w >= 0)
                {
                    match[w] = v;
                }
            }
        }

        MatchSiblings(fine, order, weight, weightCap, match);
        for (var v = 0; v < n; v++)
        {
            match[v] = match[v] < 0 ? v : match[v];
        }

        return match;
    }

    private static int HeaviestNeighbour(Load fine, int v, double[] weight, double cap, TestbedCostOptions cost, int[] match)
    {
        var graph = fine.Graph;
        var best = -1;
        var bestGbit = -1.0;
        for (var h = graph.OffsetArray[v]; h < graph.OffsetArray[v + 1]; h++)
        {
            var w = graph.NeighbourArray[h];
            var gbit = LinkGbit(fine, h);
            var merged = weight[v] + weight[w] - (2 * (cost.SigmaInterVmCpuSecondsPerGbit - cost.SigmaIntraCpuSecondsPerGbit) * gbit);
            if (match[w] < 0 && gbit > bestGbit && merged <= cap)
            {
                best = w;
                bestGbit = gbit;
            }
        }

        return best;
    }

    private static void MatchSiblings(Load fine, int[] order, double[] weight, double cap, int[] match)
    {
        var graph = fine.Graph;
        var waiting = Enumerable.Repeat(-1, graph.VertexCount).ToArray();
        foreach (var v in order)
        {
            if (match[v] >= 0 || graph.Degree(v) == 0)
            {
                continue;
            }

            var hub = HeaviestLinkHead(fine, v);
            var sibling = waiting[hub];
            if (sibling >= 0 && weight[v] + weight[sibling] <= cap)
            {
                match[v] = sibling;
                match[sibling] = v;
                waiting[hub] = -1;
            }
            else
            {
                waiting[hub] = v;
            }
        }
    }

    private static int HeaviestLinkHead(Load fine, int v)
    {
        var graph = fine.Graph;
        var best = graph.OffsetArray[v];
        for (var h = best + 1; h < graph.OffsetArray[v + 1]; h++)
        {
            best = LinkGbit(fine, h) > LinkGbit(fine, best) ? h : best;
        }

        return graph.NeighbourArray[best];
    }

    /// <summary>CPU plus every incident link at sigmaInterVm: what the vertex costs a VM of its own.</summary>
    private static double[] EstimatedWeights(Load fine, TestbedCostOptions cost)
    {
        var graph = fine.Graph;
        var weight = new double[graph.VertexCount];
        for (var v = 0; v < weight.Length; v++)
        {
            weight[v] = fine.Cpu[v];
            for (var h = graph.OffsetArray[v]; h < graph.OffsetArray[v + 1]; h++)
            {
                weight[v] += cost.SigmaInterVmCpuSecondsPerGbit * LinkGbit(fine, h);
            }
        }

        return weight;
    }

    private static double LinkGbit(Load fine, int h) => (fine.Rates[h] + fine.Rates[fine.Graph.ReverseArray[h]]) / 1000.0;

    private static int[] Shuffled(int n, IRandomSource random)
    {
        var order = Enumerable.Range(0, n).ToArray();
        for (var i = n - 1; i > 0; i--)
        {
            var j = random.NextInt(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }
}
