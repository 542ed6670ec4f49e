using System.Globalization;
using System.Text;
using NetBalance;
using NetBalanceSim.Experiments.Output;
using SharedSource;

namespace NetBalanceSim.Experiments.Formats;

/// <summary>
/// The placement file: a CSV with the header <c>vnode,vm</c> and one line per vnode, in increasing vnode order,
/// integers in the invariant culture, LF line ends. The same placement always gives the same bytes.
/// </summary>
/// <remarks>
/// Written and read by hand rather than with CsvHelper: two integer columns, and the reader must name the exact
/// line and the rule a line breaks (header, column count, integer, range, duplicate, missing vnode).
/// VM index = physical node * CPUs per node + CPU (DESIGN §3 "Testbed").
/// </remarks>
public static class PlacementCsv
{
    /// <summary>The header line.</summary>
    public const string Header = "vnode,vm";

    /// <summary>Returns the file's text for a placement.</summary>
    /// <param name="placement">The placement.</param>
    /// <returns>The header and one <c>vnode,vm</c> line per vnode, each ending in LF.</returns>
    public static string Format(Placement placement)
    {
        ArgumentNullException.ThrowIfNull(placement);
        var text = new StringBuilder(Header.Length + 1 + (placement.Count * 10));
        text.Append(Header).Append('\n');
        for (var v = 0; v < placement.Count; v++)
        {
            text.Append(v.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(placement[v].ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Writes a placement atomically (temporary file, then rename).</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="placement">The placement.</param>
    public static void Write(string path, Placement placement) => AtomicFile.WriteAllText(path, Format(placement));

    /// <summary>Reads a placement file and checks it against the topology and testbed.</summary>
    /// <param name="path">The file.</param>
    /// <param name="vnodeCount">The topology's node count: every vnode 0..n-1 must appear exactly once.</param>
    /// <param name="vmCount">The testbed's VM count: every VM must lie in 0..M-1.</param>
    /// <returns>The placement.</returns>
    /// <exception cref="PlacementFileException">The file is missing, unreadable, malformed or does not fit.</exception>
    public static Placement Read(string path, int vnodeCount, int vmCount)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path) && !Directory.Exists(path) && new FileInfo(path).LinkTarget is null)
        {
            throw new PlacementFileException($"{path}: file not found; expected a placement CSV with the header '{Header}'");
        }

        // A placement line is at most two 10-digit numbers: 32 bytes per vnode, plus the header, is far more than any.
        var maxBytes = 1024L + (32L * vnodeCount);
        if (InputFile.Problem(path, "a placement CSV", maxBytes, "32 bytes per vnode of the topology") is { } problem)
        {
            throw new PlacementFileException($"{path}: {problem}");
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PlacementFileException($"{path}: cannot be read ({ex.Message})", ex);
        }

        return Parse(lines, path, vnodeCount, vmCount);
    }

    /// <summary>Parses the lines of a placement file (see <see cref="Read"/>).</summary>
    /// <param name="lines">The file's lines, without line ends.</param>
    /// <param name="name">The file name used in messages.</param>
    /// <param name="vnodeCount">The topology's node count.</param>
    /// <param name="vmCount">The testbed's VM count.</param>
    /// <returns>The placement.</returns>
    /// <exception cref="PlacementFileException">A line breaks a rule, or a vnode is missing.</exception>
    public static Placement Parse(IReadOnlyList<string> lines, string name, int vnodeCount, int vmCount)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentOutOfRangeException.ThrowIfNegative(vnodeCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(vmCount, 1);
        if (lines.Count == 0)
        {
            throw new PlacementFileException($"{name}: empty file; expected the header '{Header}' and one line per vnode");
        }

        if (!string.Equals(lines[0].Trim(), Header, StringComparison.Ordinal))
        {
            throw new PlacementFileException($"{name}:1: header '{lines[0]}'; expected '{Header}'");
        }

        var vms = new int[vnodeCount];
        var lineOf = new int[vnodeCount];
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var (vnode, vm) = ParseLine(line, name, i + 1, vnodeCount, vmCount);
            if (lineOf[vnode] != 0)
            {
                throw new PlacementFileException(Invariant($"{name}:{i + 1}: vnode {vnode} appears twice (also on line {lineOf[vnode]}); expected each vnode once"));
            }

            lineOf[vnode] = i + 1;
            vms[vnode] = vm;
        }

        var missing = Array.IndexOf(lineOf, 0);
        if (missing >= 0)
        {
            var listed = lineOf.Count(l => l != 0);
            throw new PlacementFileException(Invariant(
                $"{name}: {listed} vnodes listed, the topology has {vnodeCount}; vnode {missing} is missing (expected one line for each of 0..{vnodeCount - 1})"));
        }

        return new Placement(vms);
    }

    private static (int Vnode, int Vm) ParseLine(string line, string name, int lineNumber, int vnodeCount, int vmCount)
    {
        var fields = line.Split(',');
        if (fields.Length != 2)
        {
            throw new PlacementFileException(Invariant($"{name}:{lineNumber}: {fields.Length} columns in '{line}'; expected 2 ('{Header}')"));
        }

        var vnode = ParseInteger(fields[0], name, lineNumber, "vnode");
        var vm = ParseInteger(fields[1], name, lineNumber, "vm");
        if (vnode >= vnodeCount)
        {
            throw new PlacementFileException(Invariant($"{name}:{lineNumber}: vnode {vnode} out of range; the topology has {vnodeCount} vnodes (0..{vnodeCount - 1})"));
        }

        if (vm >= vmCount)
        {
            throw new PlacementFileException(Invariant($"{name}:{lineNumber}: VM {vm} out of range; the testbed has {vmCount} VMs (0..{vmCount - 1})"));
        }

        return (vnode, vm);
    }

    private static int ParseInteger(string field, string name, int lineNumber, string column)
    {
        var text = field.Trim();
        // .NET's parser accepts trailing NUL characters: only ASCII digits are a number here.
        return text.Length > 0 && text.All(char.IsAsciiDigit) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new PlacementFileException(Invariant($"{name}:{lineNumber}: {column} '{text}' is not a non-negative integer"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
