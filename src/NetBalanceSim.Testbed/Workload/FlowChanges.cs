namespace NetBalanceSim.Testbed;

/// <summary>
/// Flow changes in time order, as a trace file or a synthetic workload gives them: row i sets the rate of the flow
/// <c>Source[i] -&gt; Destination[i]</c> to <c>RateMbps[i]</c> from <c>TimeSeconds[i]</c> on (0 ends it). Rows at one time
/// form one segment of the workload, applied in row order; segment 0 starts at 0 (with no rows if the first row is later).
/// The experiment ends at <see cref="EndSeconds"/>.
/// </summary>
/// <remarks>
/// Columns are plain arrays (20 bytes a row) so that a million rows take 20 MB and no object per row. Immutable once built.
/// </remarks>
public sealed class FlowChanges
{
    private readonly double[] _time;
    private readonly int[] _source;
    private readonly int[] _destination;
    private readonly double[] _rate;
    private readonly double[] _segmentStart;
    private readonly int[] _segmentFirstRow;

    /// <summary>Takes the rows (the arrays are kept, not copied) and groups them into segments.</summary>
    /// <param name="timeSeconds">Each row's virtual time: at least 0, non-decreasing, every one before <paramref name="endSeconds"/>.</param>
    /// <param name="source">Each row's source vnode.</param>
    /// <param name="destination">Each row's destination vnode, not its source.</param>
    /// <param name="rateMbps">Each row's new rate in Mbit/s: finite, at least 0.</param>
    /// <param name="rowCount">How many of the arrays' entries are rows.</param>
    /// <param name="endSeconds">The virtual time at which the experiment ends.</param>
    /// <exception cref="ArgumentException">The rows break a rule above.</exception>
    public FlowChanges(double[] timeSeconds, int[] source, int[] destination, double[] rateMbps, int rowCount, double endSeconds)
    {
        ArgumentNullException.ThrowIfNull(timeSeconds);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(rateMbps);
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        if (rowCount > Math.Min(Math.Min(timeSeconds.Length, source.Length), Math.Min(destination.Length, rateMbps.Length)))
        {
            throw new ArgumentException("Every column needs a value for every row.", nameof(rowCount));
        }
        (_time, _source, _destination, _rate, RowCount, EndSeconds) = (timeSeconds, source, destination, rateMbps, rowCount, endSeconds);
        CheckRows();
        (_segmentStart, _segmentFirstRow) = Segments();
    }

    /// <summary>Gets the number of rows.</summary>
    public int RowCount { get; }

    /// <summary>Gets the virtual time at which the experiment ends, in seconds.</summary>
    public double EndSeconds { get; }

    /// <summary>Gets the number of segments (distinct row times, plus one at 0 if no row is at 0).</summary>
    public int SegmentCount => _segmentStart.Length;

    /// <summary>Gets every segment's start in virtual seconds.</summary>
    public IReadOnlyList<double> SegmentStartSeconds => _segmentStart;

    /// <summary>Gets the largest vnode id any row names, or -1 without rows.</summary>
    public int MaxVnode { get; private set; } = -1;

    /// <summary>The rows of segment <paramref name="segment"/>: indexes <c>[First, End)</c>.</summary>
    /// <param name="segment">k, from 0.</param>
    /// <returns>The row range.</returns>
    public (int First, int End) RowsOf(int segment) => (_segmentFirstRow[segment], _segmentFirstRow[segment + 1]);

    /// <summary>Row <paramref name="row"/>.</summary>
    /// <param name="row">The row index.</param>
    /// <returns>Its source, destination and new rate.</returns>
    public (int Source, int Destination, double RateMbps) Row(int row) => (_source[row], _destination[row], _rate[row]);

    private void CheckRows()
    {
        if (!(EndSeconds > 0) || double.IsInfinity(EndSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(EndSeconds), EndSeconds, "The end must be finite and above 0.");
        }
        for (var i = 0; i < RowCount; i++)
        {
            var ordered = _time[i] >= 0 && _time[i] < EndSeconds && (i == 0 || _time[i] >= _time[i - 1]);
            var valid = _source[i] >= 0 && _destination[i] >= 0 && _source[i] != _destination[i] && double.IsFinite(_rate[i]) && _rate[i] >= 0;
            if (!ordered || !valid)
            {
                throw new ArgumentException($"Row {i} breaks a rule: times non-decreasing from 0 and before the end, vnodes distinct and not negative, rates finite and at least 0.");
            }
            MaxVnode = Math.Max(MaxVnode, Math.Max(_source[i], _destination[i]));
        }
    }

    private (double[] Starts, int[] FirstRows) Segments()
    {
        var starts = new List<double> { 0 };
        var firstRows = new List<int> { 0 };
        for (var i = 0; i < RowCount; i++)
        {
            if (_time[i] > starts[^1])
            {
                starts.Add(_time[i]);
                firstRows.Add(i);
            }
        }
        firstRows.Add(RowCount);
        return ([.. starts], [.. firstRows]);
    }
}
