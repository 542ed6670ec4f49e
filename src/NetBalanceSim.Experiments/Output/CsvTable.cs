using System.Globalization;
using CsvHelper;
using SharedSource;

namespace NetBalanceSim.Experiments.Output;

/// <summary>
/// A CSV table held in memory: a header and rows of already formatted fields, written with CsvHelper (RFC 4180
/// quoting, LF line ends, no byte-order mark). Numbers are formatted here, culture-invariant, at full
/// round-trip precision, so the bytes are a pure function of the values.
/// </summary>
/// <param name="header">The column names.</param>
public sealed class CsvTable(IReadOnlyList<string> header)
{
    private readonly List<string[]> _rows = [];

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Header { get; } = header;

    /// <summary>The rows added so far.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows => _rows;

    /// <summary>Adds a row; it must have one field per column.</summary>
    /// <param name="fields">The formatted fields.</param>
    public void Add(params string[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Length != Header.Count)
        {
            throw new ArgumentException($"A row of {fields.Length} fields does not fit {Header.Count} columns.", nameof(fields));
        }
        _rows.Add(fields);
    }

    /// <summary>Writes the table to <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream (left open).</param>
    public void WriteTo(Stream stream)
    {
        var options = new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture, WriteByteOrderMark = false };
        using var writer = CsvWriter.Create(stream, options, true);
        writer.WriteHeader(Header.ToArray());
        foreach (var row in _rows)
        {
            writer.WriteRecord(row);
        }
        writer.Flush();
    }

    /// <summary>Writes the table atomically to <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    public void Save(string path) => AtomicFile.Write(path, WriteTo);

    /// <summary>A number at full round-trip precision, invariant culture (<c>NaN</c> as an empty field).</summary>
    /// <param name="value">The number.</param>
    /// <returns>The field.</returns>
    public static string Number(double value) => double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A whole number, invariant culture.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The field.</returns>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
