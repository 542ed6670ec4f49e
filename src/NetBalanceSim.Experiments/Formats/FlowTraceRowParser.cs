using System.Globalization;
using System.Text;
using NetBalanceSim.Testbed;
using static NetBalanceSim.Experiments.Formats.FlowTraceCsv;

namespace NetBalanceSim.Experiments.Formats;

/// <summary>Checks and collects the lines of one trace (<see cref="FlowTraceCsv"/>), one at a time.</summary>
internal sealed class FlowTraceRowParser(string name, int vertexCount)
{
    private static readonly byte[] HeaderBytes = Encoding.UTF8.GetBytes(Header);
    private readonly FlowTraceColumns _columns = new();
    private bool _headerSeen;
    private int _blankLine;

    /// <summary>Takes line <paramref name="lineNumber"/> (without its line end).</summary>
    public void Line(ReadOnlySpan<byte> line, int lineNumber)
    {
        if (line.Length > 0 && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }
        if (lineNumber == 1 && line.StartsWith("\uFEFF"u8))
        {
            line = line[3..];
        }
        if (!_headerSeen)
        {
            CheckHeader(line);
            return;
        }
        if (line.IsEmpty)
        {
            _blankLine = _blankLine == 0 ? lineNumber : _blankLine;
            return;
        }
        if (_blankLine != 0)
        {
            throw Error(_blankLine, "empty line before more rows; expected one row per line, blank lines only at the end");
        }
        Row(line, lineNumber);
    }

    /// <summary>The flow changes once every line is in.</summary>
    public FlowChanges Finish()
    {
        if (!_headerSeen)
        {
            throw new FlowTraceException($"{name}: empty file; expected the header '{Header}' and rows");
        }
        if (_columns.Count == 0)
        {
            throw new FlowTraceException($"{name}: no rows after the header; expected at least one row, the last one's time being the end of the experiment");
        }
        if (!(_columns.LastTimeSeconds > 0))
        {
            throw new FlowTraceException($"{name}: every row is at time 0; expected a last row after 0 (the last row's time is the end of the experiment)");
        }
        return _columns.ToFlowChanges();
    }

    private void CheckHeader(ReadOnlySpan<byte> line)
    {
        if (!line.Trim((byte)' ').SequenceEqual(HeaderBytes))
        {
            throw Error(1, $"header '{Show(line)}'; expected '{Header}'");
        }
        _headerSeen = true;
    }

    private void Row(ReadOnlySpan<byte> line, int lineNumber)
    {
        var columns = line.Count((byte)',') + 1;
        if (columns != 4)
        {
            throw Error(lineNumber, Invariant($"{columns} columns in '{Show(line)}'; expected 4 ({Header})"));
        }
        var rest = line;
        var time = Number(Next(ref rest), lineNumber, "timeSeconds", "a finite number of virtual seconds, 0 or more");
        var source = Vnode(Next(ref rest), lineNumber, "source");
        var destination = Vnode(Next(ref rest), lineNumber, "destination");
        var rate = Number(rest, lineNumber, "rateMbps", "a finite rate in Mbit/s, 0 or more (0 ends the flow)");
        if (time < _columns.LastTimeSeconds)
        {
            throw Error(lineNumber, Invariant($"time {time} is before the previous row's {_columns.LastTimeSeconds}; expected rows sorted by time"));
        }
        if (source == destination)
        {
            throw Error(lineNumber, Invariant($"source and destination are both vnode {source}; expected a flow between two vnodes"));
        }
        _columns.Add(time, source, destination, rate);
    }

    /// <summary>The field before the next comma; <paramref name="rest"/> moves past it.</summary>
    private static ReadOnlySpan<byte> Next(ref ReadOnlySpan<byte> rest)
    {
        var comma = rest.IndexOf((byte)',');
        var field = rest[..comma];
        rest = rest[(comma + 1)..];
        return field;
    }

    private double Number(ReadOnlySpan<byte> field, int lineNumber, string column, string expected)
    {
        if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < 0)
        {
            throw Error(lineNumber, $"{column} '{Show(field)}'; expected {expected}");
        }
        return value;
    }

    private int Vnode(ReadOnlySpan<byte> field, int lineNumber, string column)
    {
        var trimmed = field.Trim((byte)' ');
        if (!int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var vnode) || vnode >= vertexCount)
        {
            throw Error(lineNumber, Invariant($"{column} '{Show(field)}'; expected a vnode of the topology, a whole number from 0 to {vertexCount - 1}"));
        }
        return vnode;
    }

    private FlowTraceException Error(int lineNumber, string problem) => new(Invariant($"{name}:{lineNumber}: {problem}"));
}
