using System.Globalization;
using System.Text;
using System.Text.Json;
using NetBalanceSim.Kernel;
using SharedSource;

namespace NetBalanceSim.Experiments.Running;

/// <summary>
/// The journal of a run in progress (<c>journal.jsonl</c> in the results folder): a first line with NetBalanceSim's
/// mark and the plan, then one JSON line per invocation (the command that started or resumed the run) and per
/// finished unit, each carrying the plan id and a checksum of its content, written with one append and flushed to
/// disk. A run killed at any moment, even with <c>kill -9</c>, leaves at worst a torn last line, which
/// <see cref="Open"/> drops silently, so <c>--resume</c> loses no finished unit and repeats none; a complete line that
/// is damaged (checksum, plan, content) ends what is read: the units before it are kept, and <see cref="Damage"/> says
/// which line. Thread-safe.
/// </summary>
public sealed class Journal : IDisposable
{
    /// <summary>The journal's file name inside the results folder.</summary>
    public const string FileName = "journal.jsonl";

    private const string Tool = "NetBalanceSim";
    private const int Version = 2;

    private readonly FileStream _stream;
    private readonly string _planId;
    private readonly Lock _lock = new();

    private Journal(FileStream stream, string planId, IReadOnlyList<UnitResult> finished, IReadOnlyList<JournalInvocation> invocations, string? damage, int reused = 0)
    {
        Reused = reused;
        _stream = stream;
        _planId = planId;
        Finished = finished;
        Invocations = invocations;
        Damage = damage;
    }

    /// <summary>The units the journal already held when it was opened.</summary>
    public IReadOnlyList<UnitResult> Finished { get; }

    /// <summary>The earlier invocations the journal recorded, each with the units it finished, oldest first.</summary>
    public IReadOnlyList<JournalInvocation> Invocations { get; }

    /// <summary>How many of <see cref="Finished"/> were recorded before any invocation: taken from earlier results, not run.</summary>
    public int Reused { get; }

    /// <summary>Why reading stopped before the end (a damaged line, with its number), or null if the journal was whole.</summary>
    public string? Damage { get; }

    /// <summary>Whether <paramref name="path"/> is a journal NetBalanceSim wrote (its first line carries our mark).</summary>
    /// <param name="path">A file.</param>
    /// <returns>True if it is ours.</returns>
    public static bool IsOurs(string path) => PlanOf(path) is not null;

    /// <summary>The plan of the journal at <paramref name="path"/>, or null if there is none or it is not ours.</summary>
    /// <param name="path">A file.</param>
    /// <returns>The plan id from its first line.</returns>
    public static string? PlanOf(string path)
    {
        try
        {
            if (!File.Exists(path) || new FileInfo(path).LinkTarget is not null)
            {
                return null;
            }
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var buffer = new byte[4096];
            var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var end = Array.IndexOf(buffer, (byte)'\n', 0, length);
            return Header(Encoding.UTF8.GetString(buffer, 0, end < 0 ? length : end));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>How many finished units the journal at <paramref name="path"/> holds (up to its first damaged line).</summary>
    /// <param name="path">A journal of ours.</param>
    /// <returns>The count, 0 if it cannot be read.</returns>
    public static int SavedUnits(string path) =>
        PlanOf(path) is { } plan ? JournalReader.Read(path, plan, int.MaxValue, int.MaxValue).Units.Count : 0;

    /// <summary>Starts a new journal for <paramref name="planId"/> in <paramref name="directory"/>, replacing an old one of ours.</summary>
    /// <param name="directory">The results folder (claimed by the caller).</param>
    /// <param name="planId">Identifies the plan (its scenario and sweep).</param>
    /// <param name="invocation">The command starting it, recorded for the manifest; null records none.</param>
    /// <returns>The journal.</returns>
    public static Journal Create(string directory, string planId, JournalInvocation? invocation = null)
    {
        System.IO.Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        File.Delete(path);
        // The header goes in with the file (written beside it, then renamed), so a journal that exists is always
        // recognisably ours, even after a kill at the moment it was created.
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(new HeaderLine(Tool, Version, planId)) + "\n");
        var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.Read);
        stream.Seek(0, SeekOrigin.End);
        var journal = new Journal(stream, planId, [], [], null);
        journal.Record(invocation);
        return journal;
    }

    /// <summary>Continues the journal in <paramref name="directory"/>, or starts one if there is none.</summary>
    /// <param name="directory">The results folder (claimed by the caller).</param>
    /// <param name="planId">Identifies the plan; the journal must have been started for the same one.</param>
    /// <param name="invocation">The command resuming it, recorded for the manifest; null records none.</param>
    /// <param name="unitCount">Units of the plan (points x repetitions) if known: a unit outside it is damage.</param>
    /// <param name="repetitions">Repetitions per point, with <paramref name="unitCount"/>.</param>
    /// <returns>The journal, with the units it already holds.</returns>
    /// <exception cref="JournalMismatchException">The journal belongs to another plan.</exception>
    public static Journal Open(string directory, string planId, JournalInvocation? invocation = null, int unitCount = int.MaxValue, int repetitions = int.MaxValue)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return Create(directory, planId, invocation);
        }
        var read = JournalReader.Read(path, planId, unitCount, repetitions);
        if (read.ValidLength == 0)
        {
            // Killed before its first line was complete: nothing was finished, start it anew.
            return Create(directory, planId, invocation);
        }
        var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.Read);
        stream.SetLength(read.ValidLength);
        stream.Seek(read.ValidLength, SeekOrigin.Begin);
        stream.Flush(flushToDisk: true);
        var journal = new Journal(stream, planId, read.Units, read.Invocations, read.Damage, read.Reused);
        journal.Record(invocation);
        return journal;
    }

    /// <summary>Appends a finished unit and flushes it to disk.</summary>
    /// <param name="unit">The unit.</param>
    public void Append(UnitResult unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var line = Line("unit", UnitPayload(unit));
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
        DirectorySync.Flush(Path.GetDirectoryName(path)!);
    }

    /// <summary>The header's plan if <paramref name="line"/> is our journal's first line, else null.</summary>
    internal static string? Header(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<HeaderLine>(line) is { Tool: Tool, Journal: Version, Plan: { } plan } ? plan : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The checksum of a line's content, 16 hex digits.</summary>
    internal static string Checksum(string payload) => StableHash.Fnv1a64(payload).ToString("x16", CultureInfo.InvariantCulture);

    private void Record(JournalInvocation? invocation)
    {
        if (invocation is not null)
        {
            WriteLine(Line("invocation", JsonSerializer.Serialize(invocation)));
        }
    }

    /// <summary>
    /// The bytes of a journal of <paramref name="planId"/> that holds just <paramref name="units"/>, in the order given and
    /// without invocations: a shard's units file, read back like a journal.
    /// </summary>
    /// <param name="planId">The key every line carries.</param>
    /// <param name="units">The units.</param>
    /// <returns>UTF-8 text, one line each.</returns>
    public static byte[] Serialize(string planId, IEnumerable<UnitResult> units)
    {
        ArgumentNullException.ThrowIfNull(planId);
        ArgumentNullException.ThrowIfNull(units);
        var text = new StringBuilder(JsonSerializer.Serialize(new HeaderLine(Tool, Version, planId))).Append('\n');
        foreach (var unit in units)
        {
            text.Append(Line(planId, "unit", UnitPayload(unit))).Append('\n');
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string UnitPayload(UnitResult unit) =>
        JsonSerializer.Serialize(new UnitLine(unit.Point, unit.Repetition, [.. unit.RunRows], [.. unit.TraceRows]));

    private static string Line(string planId, string kind, string payload) =>
        $"{{\"plan\":{JsonSerializer.Serialize(planId)},\"{kind}\":{payload},\"sum\":\"{Checksum(payload)}\"}}";

    private string Line(string kind, string payload) => Line(_planId, kind, payload);

    private void WriteLine(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json + "\n");
        _stream.Write(bytes);
        _stream.Flush(flushToDisk: true);
    }

    internal sealed record HeaderLine(string Tool, int Journal, string Plan);

    internal sealed record UnitLine(int Point, int Repetition, string[][] Runs, string[][] Trace);
}
