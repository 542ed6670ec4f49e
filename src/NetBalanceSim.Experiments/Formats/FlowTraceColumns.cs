using NetBalanceSim.Testbed;

namespace NetBalanceSim.Experiments.Formats;

/// <summary>The rows of a trace as they are read: four growing column arrays (no object per row).</summary>
internal sealed class FlowTraceColumns
{
    private double[] _time = new double[1024];
    private int[] _source = new int[1024];
    private int[] _destination = new int[1024];
    private double[] _rate = new double[1024];

    /// <summary>Gets the number of rows.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the last row's time, or -1 without rows.</summary>
    public double LastTimeSeconds => Count == 0 ? -1 : _time[Count - 1];

    /// <summary>Appends a row.</summary>
    public void Add(double timeSeconds, int source, int destination, double rateMbps)
    {
        if (Count == _time.Length)
        {
            var capacity = (int)Math.Min(Array.MaxLength, 2L * Count);
            Array.Resize(ref _time, capacity);
            Array.Resize(ref _source, capacity);
            Array.Resize(ref _destination, capacity);
            Array.Resize(ref _rate, capacity);
        }
        (_time[Count], _source[Count], _destination[Count], _rate[Count]) = (timeSeconds, source, destination, rateMbps);
        Count++;
    }

    /// <summary>The flow changes: every row before the last row's time, which is the trace's end.</summary>
    public FlowChanges ToFlowChanges()
    {
        var end = LastTimeSeconds;
        var rows = Count;
        while (rows > 0 && _time[rows - 1] == end)
        {
            rows--;
        }
        return new FlowChanges(_time, _source, _destination, _rate, rows, end);
    }
}
