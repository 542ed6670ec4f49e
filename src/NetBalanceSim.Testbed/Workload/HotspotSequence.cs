using NetBalanceSim.Kernel;

namespace NetBalanceSim.Testbed;

/// <summary>
/// The <c>hotspots</c> workload's sink positions over virtual time: k sinks (hotspots) start on k distinct vnodes drawn
/// uniformly, and each one moves, at exponentially distributed intervals, to a vnode drawn uniformly among those that
/// host no hotspot.
/// </summary>
/// <remarks>
/// DESIGN §5 "Workloads, monitoring and predictors"; the decisions are in docs/model.md ("Workloads"). Draws, from one
/// stream: the k initial positions (hotspot 0 first), the first interval of each hotspot (0 first), then at every move
/// in time order (ties to the lower hotspot index) the new position and that hotspot's next interval. A position is
/// one draw among the free vnodes (skipping the occupied ones), as <see cref="SinkSequence"/> draws a new sink.
/// </remarks>
public static class HotspotSequence
{
    /// <summary>Draws the hotspots' positions of one run.</summary>
    /// <param name="vertexCount">The number of vnodes, above <paramref name="hotspots"/>.</param>
    /// <param name="hotspots">k, at least 1.</param>
    /// <param name="meanIntervalSeconds">The mean virtual time between two moves of one hotspot, above 0.</param>
    /// <param name="endSeconds">The experiment's virtual length, above 0.</param>
    /// <param name="random">The run's <c>hotspots</c> stream.</param>
    /// <returns>Every segment's start (the first 0) and the hotspots' positions during it (hotspot j at index j).</returns>
    public static (double[] StartSeconds, int[][] Positions) Draw(int vertexCount, int hotspots, double meanIntervalSeconds, double endSeconds, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(hotspots, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(vertexCount, hotspots);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(meanIntervalSeconds);
        var positions = new int[hotspots];
        for (var j = 0; j < hotspots; j++)
        {
            positions[j] = DrawFree(vertexCount, positions.AsSpan(0, j), random);
        }
        var nextMove = new double[hotspots];
        for (var j = 0; j < hotspots; j++)
        {
            nextMove[j] = random.NextExponential(meanIntervalSeconds);
        }
        var starts = new List<double> { 0 };
        var segments = new List<int[]> { positions.ToArray() };
        for (var j = Earliest(nextMove); nextMove[j] < endSeconds; j = Earliest(nextMove))
        {
            positions[j] = DrawFree(vertexCount, positions, random);
            if (nextMove[j] > starts[^1])
            {
                starts.Add(nextMove[j]);
                segments.Add([.. positions]);
            }
            else
            {
                segments[^1] = [.. positions]; // Two moves at one instant make one change.
            }
            nextMove[j] += random.NextExponential(meanIntervalSeconds);
        }
        return ([.. starts], [.. segments]);
    }

    private static int Earliest(double[] nextMove)
    {
        var earliest = 0;
        for (var j = 1; j < nextMove.Length; j++)
        {
            if (nextMove[j] < nextMove[earliest])
            {
                earliest = j;
            }
        }
        return earliest;
    }

    /// <summary>One uniform draw among the vnodes not in <paramref name="occupied"/>.</summary>
    private static int DrawFree(int vertexCount, ReadOnlySpan<int> occupied, RandomStream random)
    {
        Span<int> sorted = occupied.Length <= 64 ? stackalloc int[occupied.Length] : new int[occupied.Length];
        occupied.CopyTo(sorted);
        sorted.Sort();
        var draw = random.NextInt(vertexCount - occupied.Length);
        foreach (var taken in sorted)
        {
            if (taken > draw)
            {
                break;
            }
            draw++;
        }
        return draw;
    }
}
