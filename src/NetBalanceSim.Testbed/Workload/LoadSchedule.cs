using NetBalance;

namespace NetBalanceSim.Testbed;

/// <summary>
/// A workload as the experiment sees it: a sequence of loads over virtual time. Segment k holds load k from its start
/// time until the next segment's start (the last one until <see cref="EndSeconds"/>); segment 0 starts at 0.
/// </summary>
/// <remarks>
/// DESIGN §5 "Workloads, monitoring and predictors": "a workload is a sequence of loads over virtual time". The sink
/// switch is <see cref="Uniform"/> (segments of one interval each); traces and the synthetic workloads give their own
/// start times (<see cref="AtTimes"/>). The loads are read through the list given, which may build them lazily.
/// </remarks>
public sealed class LoadSchedule
{
    /// <summary>A report this close to a load change (relative to the change's time) is treated as at the change.</summary>
    private const double SnapRelative = 1e-9;

    private readonly IReadOnlyList<double>? _startSeconds;
    private readonly double _intervalSeconds;

    private LoadSchedule(IReadOnlyList<Load> loads, IReadOnlyList<double>? startSeconds, double intervalSeconds, double endSeconds)
    {
        Loads = loads;
        _startSeconds = startSeconds;
        _intervalSeconds = intervalSeconds;
        EndSeconds = endSeconds;
    }

    /// <summary>Gets the load of every segment (possibly built when first read).</summary>
    public IReadOnlyList<Load> Loads { get; }

    /// <summary>Gets the number of segments.</summary>
    public int Count => Loads.Count;

    /// <summary>Gets the virtual time at which the experiment ends, in seconds.</summary>
    public double EndSeconds { get; }

    /// <summary>Segments of equal length: segment k runs from <c>k x interval</c> (the sink switch).</summary>
    /// <param name="loads">The load of every segment (at least one).</param>
    /// <param name="intervalSeconds">The virtual length of a segment, above 0.</param>
    /// <returns>The schedule; it ends at <c>Count x interval</c>.</returns>
    public static LoadSchedule Uniform(IReadOnlyList<Load> loads, double intervalSeconds)
    {
        ArgumentNullException.ThrowIfNull(loads);
        ArgumentOutOfRangeException.ThrowIfZero(loads.Count, nameof(loads));
        if (!(intervalSeconds > 0) || double.IsInfinity(intervalSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(intervalSeconds), intervalSeconds, "The segment length must be a finite number of seconds above 0.");
        }
        return new LoadSchedule(loads, null, intervalSeconds, loads.Count * intervalSeconds);
    }

    /// <summary>Segments starting at given times.</summary>
    /// <param name="loads">The load of every segment (at least one).</param>
    /// <param name="startSeconds">Every segment's start in virtual seconds: the first 0, then strictly increasing.</param>
    /// <param name="endSeconds">The end, after the last start.</param>
    /// <returns>The schedule.</returns>
    public static LoadSchedule AtTimes(IReadOnlyList<Load> loads, IReadOnlyList<double> startSeconds, double endSeconds)
    {
        ArgumentNullException.ThrowIfNull(loads);
        ArgumentNullException.ThrowIfNull(startSeconds);
        if (loads.Count == 0 || startSeconds.Count != loads.Count || startSeconds[0] != 0)
        {
            throw new ArgumentException("Expected one start time per load (at least one), the first at 0.", nameof(startSeconds));
        }
        for (var k = 1; k < startSeconds.Count; k++)
        {
            if (!(startSeconds[k] > startSeconds[k - 1]))
            {
                throw new ArgumentException($"Start times must increase strictly; segment {k} starts at {startSeconds[k]}.", nameof(startSeconds));
            }
        }
        if (!(endSeconds > startSeconds[^1]) || double.IsInfinity(endSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(endSeconds), endSeconds, "The end must be finite and after the last segment's start.");
        }
        return new LoadSchedule(loads, startSeconds, 0, endSeconds);
    }

    /// <summary>The virtual time at which segment <paramref name="segment"/> starts, in seconds.</summary>
    /// <param name="segment">k, from 0.</param>
    /// <returns>Its start.</returns>
    public double StartSeconds(int segment) => _startSeconds is null ? segment * _intervalSeconds : _startSeconds[segment];

    /// <summary>The virtual length of segment <paramref name="segment"/>: the time to the next change (or the end), in seconds.</summary>
    /// <param name="segment">k, from 0.</param>
    /// <returns>Its length.</returns>
    public double LengthSeconds(int segment) => _startSeconds is null
        ? _intervalSeconds
        : (segment + 1 < Count ? _startSeconds[segment + 1] : EndSeconds) - _startSeconds[segment];

    /// <summary>
    /// <paramref name="at"/>, or the load change (or the end) within a relative 1e-9 of it, so that rounding in
    /// <c>k x Tp</c> never puts a report just before the change it should see.
    /// </summary>
    /// <param name="at">A report time in virtual seconds.</param>
    /// <returns>The time to report at.</returns>
    public double SnapToChange(double at)
    {
        if (_startSeconds is null)
        {
            var nearestChange = Math.Round(at / _intervalSeconds) * _intervalSeconds;
            return Math.Abs(at - nearestChange) <= SnapRelative * _intervalSeconds ? nearestChange : at;
        }
        var index = BinarySearchFirstAtOrAfter(at);
        var after = index < Count ? _startSeconds[index] : EndSeconds;
        if (Math.Abs(after - at) <= SnapRelative * after)
        {
            return after;
        }
        var before = index > 0 ? _startSeconds[index - 1] : 0;
        return Math.Abs(at - before) <= SnapRelative * before ? before : at;
    }

    /// <summary>The first segment starting at or after <paramref name="at"/> (Count if none).</summary>
    private int BinarySearchFirstAtOrAfter(double at)
    {
        var (low, high) = (0, Count);
        while (low < high)
        {
            var middle = (int)(((uint)low + (uint)high) >> 1);
            if (_startSeconds![middle] < at)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }
}
