using System.Diagnostics;
using System.Globalization;

namespace NetBalanceSim.Cli;

/// <summary>
/// Progress of long work as plain lines on stderr (they survive redirection into logs and CI): at most one line
/// every <c>interval</c>, plus the last one, each with done/total, elapsed time and an estimate of what is left.
/// </summary>
internal sealed class ProgressLine(TextWriter stderr, string what, int total, TimeSpan interval) : IProgress<int>, IProgress<double>
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private double _lastPrintedSeconds = double.NegativeInfinity;
    private double _workDone = double.NaN;

    /// <summary>
    /// The share of the estimated work done (0 to 1), reported before each count: the time left is then extrapolated
    /// from it rather than from the count (the heaviest units run first, so the count alone overestimates).
    /// </summary>
    void IProgress<double>.Report(double value)
    {
        lock (_lock)
        {
            _workDone = value;
        }
    }

    public void Report(int value)
    {
        lock (_lock)
        {
            var elapsed = _watch.Elapsed;
            if (value < total && elapsed.TotalSeconds - _lastPrintedSeconds < interval.TotalSeconds)
            {
                return;
            }
            _lastPrintedSeconds = elapsed.TotalSeconds;
            var fraction = double.IsNaN(_workDone) ? (double)value / total : _workDone;
            var left = fraction > 0 ? elapsed.TotalSeconds * (1 - fraction) / fraction : double.NaN;
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{what}: {value}/{total} done, {elapsed.TotalSeconds:F1} s elapsed, about {left:F0} s left"));
        }
    }
}
