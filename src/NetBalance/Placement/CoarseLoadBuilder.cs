namespace NetBalance;

/// <summary>Builds the exact coarse load of a grouping of vnodes.</summary>
/// <remarks>
/// Coarse CPU = members' CPU + <c>2 * sigmaIntra * f</c> for every directed link inside the group
/// (send and receive both land on the group's VM); coarse rate U -&gt; W = the sum of the members'
/// rates. DESIGN §3 "Testbed cost model". Row by row: each coarse vertex's members in increasing id, their
/// half-edges in order, summed into a scratch row, so every sum adds its terms in the order of the fine graph
/// and the build is O(n + links) with no hashing.
/// </remarks>
internal static class CoarseLoadBuilder
{
    public static Load Build(Load fine, TestbedCostOptions cost, int[] fineToCoarse, int coarseCount)
    {
        var graph = fine.Graph;
        var (memberOffsets, members) = Members(fineToCoarse, coarseCount);
        var cpu = new double[coarseCount];
        var offsets = new int[coarseCount + 1];
        var neighbours = new List<int>();
        var rates = new List<double>();
        var sum = new double[coarseCount];
        var rowOf = new int[coarseCount];
        Array.Fill(rowOf, -1);
        var row = new List<int>();
        for (var cu = 0; cu < coarseCount; cu++)
        {
            row.Clear();
            for (var i = memberOffsets[cu]; i < memberOffsets[cu + 1]; i++)
            {
                var u = members[i];
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
                        if (rowOf[cw] != cu)
                        {
                            rowOf[cw] = cu;
                            sum[cw] = 0;
                            row.Add(cw);
                        }

                        sum[cw] += fine.Rates[h];
                    }
                }
            }

            row.Sort();
            foreach (var cw in row)
            {
                neighbours.Add(cw);
                rates.Add(sum[cw]);
            }

            offsets[cu + 1] = neighbours.Count;
        }

        return new Load(VnodeGraph.FromSortedRows(offsets, [.. neighbours]), cpu, [.. rates]);
    }

    /// <summary>The fine vertices of every coarse vertex, in increasing id (a counting sort).</summary>
    private static (int[] Offsets, int[] Members) Members(int[] fineToCoarse, int coarseCount)
    {
        var offsets = new int[coarseCount + 1];
        foreach (var c in fineToCoarse)
        {
            offsets[c + 1]++;
        }

        for (var c = 0; c < coarseCount; c++)
        {
            offsets[c + 1] += offsets[c];
        }

        var next = offsets[..^1];
        var members = new int[fineToCoarse.Length];
        for (var u = 0; u < fineToCoarse.Length; u++)
        {
            members[next[fineToCoarse[u]]++] = u;
        }

        return (offsets, members);
    }
}
