using System.Globalization;
using System.Text;
using NetBalanceSim.Testbed;
using SharedSource;

namespace NetBalanceSim.Experiments.Formats;

/// <summary>
/// The flow trace of the <c>trace</c> workload: a CSV with the header <see cref="Header"/> and one row per flow change,
/// <c>timeSeconds,source,destination,rateMbps</c>: from virtual time <c>timeSeconds</c> on, the flow from vnode
/// <c>source</c> to vnode <c>destination</c> runs at <c>rateMbps</c> Mbit/s (0 ends it). Rows are sorted by time; the
/// last row's time is the end of the experiment. docs/workloads.md describes the format.
/// </summary>
/// <remarks>
/// Parsed by hand from UTF-8 bytes in 1 MB chunks rather than with CsvHelper: four numeric columns, no quoting, and a
/// million rows must load in about a second with no string or object per row (numbers are parsed from the bytes with
/// the invariant culture). Every rule a row breaks is a one-line <see cref="FlowTraceException"/> naming the file, the line
/// and what was expected. CR LF line ends and a UTF-8 byte order mark are accepted.
/// </remarks>
public static class FlowTraceCsv
{
    /// <summary>The header line.</summary>
    public const string Header = "timeSeconds,source,destination,rateMbps";

    /// <summary>The largest trace file read, in bytes (2 GiB: about 100 million rows).</summary>
    public const long MaxBytes = 2L << 30;

    private const int ChunkBytes = 1 << 20;

    /// <summary>Reads a trace and checks it against the topology.</summary>
    /// <param name="path">The file.</param>
    /// <param name="vertexCount">The topology's vnodes: every vnode named must lie in 0..n-1.</param>
    /// <returns>The flow changes.</returns>
    /// <exception cref="FlowTraceException">The file is missing, unreadable or breaks a rule.</exception>
    public static FlowChanges Read(string path, int vertexCount)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (InputFile.Problem(path, "a flow trace (CSV)", MaxBytes, "2 GiB, the largest trace read") is { } problem)
        {
            throw new FlowTraceException($"{path}: {problem}");
        }
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            return Parse(stream, path, vertexCount);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FlowTraceException($"{path}: cannot be read ({ex.Message.Split(Environment.NewLine)[0]})", ex);
        }
    }

    /// <summary>Parses a trace from a stream (see <see cref="Read"/>).</summary>
    /// <param name="stream">The trace's bytes (UTF-8).</param>
    /// <param name="name">The file name used in messages.</param>
    /// <param name="vertexCount">The topology's vnodes.</param>
    /// <returns>The flow changes.</returns>
    /// <exception cref="FlowTraceException">A line breaks a rule.</exception>
    public static FlowChanges Parse(Stream stream, string name, int vertexCount)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        var rows = new FlowTraceRowParser(name, vertexCount);
        var buffer = new byte[ChunkBytes];
        var (filled, start, lineNumber, atEnd) = (0, 0, 0, false);
        while (true)
        {
            var newline = buffer.AsSpan(start, filled - start).IndexOf((byte)'\n');
            if (newline >= 0 || (atEnd && start < filled))
            {
                var length = newline >= 0 ? newline : filled - start;
                rows.Line(buffer.AsSpan(start, length), ++lineNumber);
                start += newline >= 0 ? length + 1 : length;
                continue;
            }
            if (atEnd)
            {
                break;
            }
            if (start == 0 && filled == buffer.Length)
            {
                throw new FlowTraceException(Invariant($"{name}:{lineNumber + 1}: line longer than {ChunkBytes} bytes; expected '{Header}' rows"));
            }
            buffer.AsSpan(start, filled - start).CopyTo(buffer);
            (filled, start) = (filled - start, 0);
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            (filled, atEnd) = (filled + read, read == 0);
        }
        return rows.Finish();
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal static string Show(ReadOnlySpan<byte> field) => Encoding.UTF8.GetString(field.Length <= 40 ? field : field[..40]) + (field.Length > 40 ? "..." : "");
}
