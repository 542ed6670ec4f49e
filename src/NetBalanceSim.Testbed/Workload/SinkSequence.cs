using NetBalanceSim.Kernel;

namespace NetBalanceSim.Testbed;

/// <summary>The sinks of one run of the sink-switch workload: the first sink and one per change.</summary>
/// <remarks>
/// DESIGN §3 "Topology and workload": sinks are drawn uniformly by the run's seed, never the same sink twice
/// in a row. A sink after the first is drawn from the other n - 1 vertices (draw in 0..n-2, then skip over the
/// previous sink), so every draw costs one random number.
/// </remarks>
public static class SinkSequence
{
    /// <summary>Draws the first sink and <paramref name="changes"/> further sinks.</summary>
    /// <param name="vertexCount">The number of vnodes; at least 2 when there are changes.</param>
    /// <param name="changes">How many times the sink changes.</param>
    /// <param name="random">The run's "sinks" stream.</param>
    /// <returns><paramref name="changes"/> + 1 sinks; entry k is the sink from virtual time k * interval.</returns>
    public static int[] Draw(int vertexCount, int changes, IRandomSource random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(vertexCount, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(changes);
        if (changes > 0 && vertexCount < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(vertexCount), "The sink can only change in a topology of two or more vnodes.");
        }
        var sinks = new int[changes + 1];
        sinks[0] = random.NextInt(vertexCount);
        for (var k = 1; k <= changes; k++)
        {
            var draw = random.NextInt(vertexCount - 1);
            sinks[k] = draw >= sinks[k - 1] ? draw + 1 : draw;
        }
        return sinks;
    }
}
