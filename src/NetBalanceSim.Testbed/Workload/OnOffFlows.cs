using NetBalanceSim.Kernel;

namespace NetBalanceSim.Testbed;

/// <summary>
/// The <c>onOff</c> workload's flow changes: every vnode but the sink alternates between sending <c>rate</c> Mbit/s to
/// the sink (on) and sending nothing (off), with exponentially distributed on and off durations.
/// </summary>
/// <remarks>
/// DESIGN §5 "Workloads, monitoring and predictors"; the decisions are in docs/model.md ("Workloads"). Each source
/// starts in its stationary state (on with probability <c>meanOn / (meanOn + meanOff)</c>), so the process has no
/// warm-up: by memorylessness its remaining on or off time is again exponential with the same mean. Draws, from one
/// stream: every source's initial state (in id order; so the first load does not depend on the run's length), then source
/// by source each duration until the end. Rows are ordered by time, then source.
/// </remarks>
public static class OnOffFlows
{
    /// <summary>Draws the flow changes of one run.</summary>
    /// <param name="vertexCount">The number of vnodes (at least 2).</param>
    /// <param name="sink">The sink every source sends to.</param>
    /// <param name="rateMbps">A source's rate while on, in Mbit/s.</param>
    /// <param name="meanOnSeconds">The mean on duration in virtual seconds, above 0.</param>
    /// <param name="meanOffSeconds">The mean off duration in virtual seconds, above 0.</param>
    /// <param name="endSeconds">The experiment's virtual length, above 0.</param>
    /// <param name="random">The run's <c>onOff</c> stream.</param>
    /// <returns>The flow changes: one row per source on at 0, then one per switch before the end.</returns>
    public static FlowChanges Draw(int vertexCount, int sink, double rateMbps, double meanOnSeconds, double meanOffSeconds, double endSeconds, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(vertexCount, 2);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(meanOnSeconds);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(meanOffSeconds);
        var pOn = meanOnSeconds / (meanOnSeconds + meanOffSeconds);
        var times = new List<double>();
        var sources = new List<int>();
        var on = new List<bool>();
        var startsOn = new bool[vertexCount];
        for (var v = 0; v < vertexCount; v++)
        {
            startsOn[v] = v != sink && random.NextDouble() < pOn;
            if (startsOn[v])
            {
                Add(0, v, true);
            }
        }
        for (var v = 0; v < vertexCount; v++)
        {
            if (v == sink)
            {
                continue;
            }
            var isOn = startsOn[v];
            for (var t = random.NextExponential(isOn ? meanOnSeconds : meanOffSeconds); t < endSeconds; t += random.NextExponential(isOn ? meanOnSeconds : meanOffSeconds))
            {
                isOn = !isOn;
                Add(t, v, isOn);
            }
        }

        // Sort by (time, source); a source's own switches are already in time order, and equal times keep it.
        var order = Enumerable.Range(0, times.Count).OrderBy(i => times[i]).ThenBy(i => sources[i]).ThenBy(i => i).ToArray();
        var n = order.Length;
        var (rowTimes, rowSources, rowSinks, rowRates) = (new double[n], new int[n], new int[n], new double[n]);
        for (var r = 0; r < n; r++)
        {
            var i = order[r];
            (rowTimes[r], rowSources[r], rowSinks[r], rowRates[r]) = (times[i], sources[i], sink, on[i] ? rateMbps : 0);
        }
        return new FlowChanges(rowTimes, rowSources, rowSinks, rowRates, n, endSeconds);

        void Add(double time, int source, bool nowOn)
        {
            times.Add(time);
            sources.Add(source);
            on.Add(nowOn);
        }
    }
}
