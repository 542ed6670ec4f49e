using System.Diagnostics;
using NetBalance;

namespace NetBalanceSim.Cli.Bench;

/// <summary>A strategy that adds the wall time of each search of the strategy it wraps to <see cref="Seconds"/> (benchmarks only).</summary>
/// <param name="inner">The strategy timed.</param>
internal sealed class TimedStrategy(IReplacementStrategy inner) : IReplacementStrategy
{
    /// <summary>Gets the wall time spent in the wrapped strategy's searches so far.</summary>
    public double Seconds { get; private set; }

    /// <inheritdoc />
    public ReplacementCandidate Search(ReplacementRequest request)
    {
        var start = Stopwatch.GetTimestamp();
        var candidate = inner.Search(request);
        Seconds += Stopwatch.GetElapsedTime(start).TotalSeconds;
        return candidate;
    }
}
