using System.Text;
using System.Text.Json;

namespace NetBalanceSim.Experiments.Running;

/// <summary>
/// The journal of a run in progress (<c>journal.jsonl</c> in the results folder): one JSON line per finished
/// unit, each written with one append and flushed to disk, after a first line naming the plan. A run killed at
/// any moment, even with <c>kill -9</c>, leaves at worst a torn last line, which <see cref="Open"/> ignores, so
/// <c>--resume</c> loses no finished unit and repeats none. Thread-safe.
/// </summary>
public sealed class Journal : IDisposable
{
    /// <summary>The journal's file name inside the results folder.</summary>
    public const string FileName = "journal.jsonl";

    private readonly FileStream _stream;
    private readonly Lock _lock = new();

    private Journal(FileStream stream, IReadOnlyList<UnitResult> finished)
    {
        _stream = stream;
        Finished = finished;
    }

    /// <summary>The units the journal already held when it was opened.</summary>
    public IReadOnlyList<UnitResult> Finished { get; }

    /// <summary>Starts a new journal for <paramref name="planId"/> in <paramref name="directory"/>, replacing any old one.</summary>
    /// <param name="directory">The results folder.</param>
    /// <param name="planId">Identifies the plan (its scenario and sweep).</param>
    /// <returns>The journal.</returns>
    public static Journal Create(string directory, string planId)
    {
        Directory.CreateDirectory(directory);
        var stream = new FileStream(Path.Combine(directory, FileName), FileMode.Create, FileAccess.Write, FileShare.Read);
        var journal = new Journal(stream, []);
        journal.WriteLine(JsonSerializer.Serialize(new PlanLine(planId)));
        return journal;
    }

    /// <summary>Continues the journal in <paramref name="directory"/>, or starts one if there is none.</summary>
    /// <param name="directory">The results folder.</param>
    /// <param name="planId">Identifies the plan; the journal must have been started for the same one.</param>
    /// <returns>The journal, with the units it already holds.</returns>
    /// <exception cref="JournalMismatchException">The journal belongs to another plan.</exception>
    public static Journal Open(string directory, string planId)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return Create(directory, planId);
        }
        var (finished, validLength) = Read(path, planId);
        if (validLength == 0)
        {
            // Killed before its first line was complete: nothing was finished, start it anew.
            return Create(directory, planId);
        }
        var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.Read);
        stream.SetLength(validLength);
        stream.Seek(validLength, SeekOrigin.Begin);
        return new Journal(stream, finished);
    }

    /// <summary>Appends a finished unit and flushes it to disk.</summary>
    /// <param name="unit">The unit.</param>
    public void Append(UnitResult unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var line = JsonSerializer.Serialize(new UnitLine(unit.Point, unit.Repetition, [.. unit.RunRows], [.. unit.TraceRows]));
        lock (_lock)
        {
            WriteLine(line);
        }
    }

    /// <summary>Closes the journal file.</summary>
    public void Dispose() => _stream.Dispose();

    /// <summary>Closes and deletes the journal (the run is complete and published).</summary>
    public void Delete()
    {
        var path = _stream.Name;
        _stream.Dispose();
        File.Delete(path);
    }

    private void WriteLine(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json + "\n");
        _stream.Write(bytes);
        _stream.Flush(flushToDisk: true);
    }

    private static (List<UnitResult> Units, long ValidLength) Read(string path, string planId)
    {
        var bytes = File.ReadAllBytes(path);
        var units = new List<UnitResult>();
        var start = 0;
        var validLength = 0L;
        var first = true;
        while (start < bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            if (end < 0)
            {
                break; // a torn last line: the unit was not finished
            }
            var line = Encoding.UTF8.GetString(bytes, start, end - start);
            if (first)
            {
                var plan = TryParse<PlanLine>(line);
                if (plan?.Plan != planId)
                {
                    throw new JournalMismatchException($"{path}: belongs to another scenario or sweep; run without --resume to start over");
                }
                first = false;
            }
            else if (TryParse<UnitLine>(line) is { Runs: not null, Trace: not null } unit)
            {
                units.Add(new UnitResult(unit.Point, unit.Repetition, unit.Runs, unit.Trace));
            }
            else
            {
                break;
            }
            start = end + 1;
            validLength = start;
        }
        return (units, validLength);
    }

    private static T? TryParse<T>(string line)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(line);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record PlanLine(string Plan);

    private sealed record UnitLine(int Point, int Repetition, string[][] Runs, string[][] Trace);
}
