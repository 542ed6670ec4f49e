using System.Diagnostics;
using System.Globalization;

namespace NetBalanceSim.Cli;

/// <summary>
/// Progress of long work on stderr: each report has done/total, the elapsed time and an estimate of what is left. On a
/// terminal it is one bar redrawn in place (at most every <see cref="TerminalInterval"/>), cleared before other output
/// (<see cref="Pause"/>) and left as a final line; redirected to a file or a CI log it is a plain line at most every
/// <see cref="LogInterval"/>, plus the last one, so logs hold no carriage returns.
/// </summary>
/// <remarks>
/// Written here rather than with Spectre.Console's live progress, which takes over the console while it runs: the
/// warnings and the per-figure summaries that <c>reproduce</c> writes while other units still run would have to go
/// through it too.
/// </remarks>
internal sealed class ProgressLine : IProgress<int>, IProgress<double>
{
    /// <summary>How often the plain line is written.</summary>
    public static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(5);

    /// <summary>How often the bar is redrawn.</summary>
    public static readonly TimeSpan TerminalInterval = TimeSpan.FromSeconds(0.25);

    private const int BarWidth = 24;
    private readonly TextWriter _stderr;
    private readonly string _what;
    private readonly int _total;
    private readonly bool _terminal;
    private readonly Func<TimeSpan> _elapsed;
    private readonly Lock _lock = new();
    private double _lastDrawnSeconds = double.NegativeInfinity;
    private double _workDone = double.NaN;
    private int _done;
    private int _drawnLength;

    /// <summary>Creates a progress display.</summary>
    /// <param name="stderr">Where it goes.</param>
    /// <param name="what">What is counted (the scenario's name, or <c>reproduce</c>).</param>
    /// <param name="total">The units to do.</param>
    /// <param name="terminal">Whether <paramref name="stderr"/> is a terminal (a bar) or not (plain lines).</param>
    /// <param name="elapsed">The time since the start; a stopwatch started now if null.</param>
    public ProgressLine(TextWriter stderr, string what, int total, bool terminal, Func<TimeSpan>? elapsed = null)
    {
        _stderr = stderr;
        _what = what;
        _total = total;
        _terminal = terminal;
        if (elapsed is null)
        {
            var watch = Stopwatch.StartNew();
            elapsed = () => watch.Elapsed;
        }
        _elapsed = elapsed;
    }

    /// <summary>Whether <paramref name="stderr"/> is this process's standard error on an interactive terminal.</summary>
    /// <param name="stderr">The writer progress goes to.</param>
    /// <returns>True for a terminal (not redirected, <c>TERM</c> not <c>dumb</c>).</returns>
    public static bool IsTerminal(TextWriter stderr) =>
        ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb";

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

    /// <summary>Takes the count of units done; draws when the interval has passed or all are done.</summary>
    /// <param name="value">Units done.</param>
    public void Report(int value)
    {
        lock (_lock)
        {
            _done = value;
            var elapsed = _elapsed().TotalSeconds;
            var interval = (_terminal ? TerminalInterval : LogInterval).TotalSeconds;
            if (value < _total && elapsed - _lastDrawnSeconds < interval)
            {
                return;
            }
            _lastDrawnSeconds = elapsed;
            if (_terminal)
            {
                Draw(elapsed);
                if (value >= _total)
                {
                    _stderr.WriteLine();
                    _drawnLength = 0;
                }
            }
            else
            {
                _stderr.WriteLine(Text(elapsed));
            }
            _stderr.Flush();
        }
    }

    /// <summary>
    /// Clears the bar so that other output starts on a clean line, and draws it again when the returned scope ends;
    /// nothing on plain lines.
    /// </summary>
    /// <returns>The scope.</returns>
    public IDisposable Pause()
    {
        _lock.Enter();
        if (_terminal && _drawnLength > 0)
        {
            _stderr.Write("\r" + new string(' ', _drawnLength) + "\r");
            _stderr.Flush();
            _drawnLength = 0;
        }
        return new Resume(this);
    }

    private void Draw(double elapsed)
    {
        var text = $"{Bar()} {Text(elapsed)}";
        var padding = Math.Max(0, _drawnLength - text.Length);
        _stderr.Write("\r" + text + new string(' ', padding));
        _drawnLength = text.Length;
    }

    private string Bar()
    {
        var filled = (int)Math.Round(BarWidth * Math.Clamp(Fraction(), 0, 1));
        return "[" + new string('#', filled) + new string('.', BarWidth - filled) + "]";
    }

    private double Fraction() => double.IsNaN(_workDone) ? (double)_done / Math.Max(1, _total) : _workDone;

    private string Text(double elapsed)
    {
        var fraction = Fraction();
        var left = fraction > 0 ? elapsed * (1 - fraction) / fraction : double.NaN;
        var inv = CultureInfo.InvariantCulture;
        if (!_terminal)
        {
            var estimate = double.IsNaN(left) ? "time left not known yet" : string.Create(inv, $"about {left:F0} s left");
            return string.Create(inv, $"{_what}: {_done}/{_total} done, {elapsed:F1} s elapsed, {estimate}");
        }
        var state = _done >= _total ? "done" : double.IsNaN(left) ? "time left not known yet" : $"about {Duration(left)} left";
        return string.Create(inv, $"{_what}: {_done}/{_total} repetitions, {Duration(elapsed)} elapsed, {state}");
    }

    /// <summary>A duration as a terminal shows it: <c>42 s</c>, <c>3 min 05 s</c>, <c>1 h 02 min</c>.</summary>
    /// <param name="seconds">The duration in seconds.</param>
    /// <returns>The text.</returns>
    internal static string Duration(double seconds)
    {
        var s = (long)Math.Round(seconds);
        return s switch
        {
            < 60 => string.Create(CultureInfo.InvariantCulture, $"{s} s"),
            < 3600 => string.Create(CultureInfo.InvariantCulture, $"{s / 60} min {s % 60:00} s"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{s / 3600} h {s % 3600 / 60:00} min"),
        };
    }

    private sealed class Resume(ProgressLine owner) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            if (owner._terminal && owner._done < owner._total && owner._lastDrawnSeconds > double.NegativeInfinity)
            {
                owner.Draw(owner._elapsed().TotalSeconds);
                owner._stderr.Flush();
            }
            owner._lock.Exit();
        }
    }
}
