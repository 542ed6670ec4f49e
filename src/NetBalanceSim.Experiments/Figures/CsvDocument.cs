using SharedSource;
using System.Globalization;
using System.Text;

namespace NetBalanceSim.Experiments.Figures;

/// <summary>
/// A CSV file read into memory by a small RFC 4180 reader: a header and records, each with the line it starts on.
/// Fields may be quoted (<c>"a,b"</c>, <c>"say ""hi"""</c>, line breaks inside quotes); line ends may be LF or
/// CRLF; a UTF-8 byte-order mark and a final line end are allowed. Every record must have as many fields as the
/// header. Errors are <see cref="FigureException"/>s naming the file and line.
/// </summary>
public sealed class CsvDocument
{
    private readonly Dictionary<string, int> _columns;

    private CsvDocument(string source, IReadOnlyList<string> header, IReadOnlyList<CsvRecord> records)
    {
        Source = source;
        Header = header;
        Records = records;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            if (!_columns.TryAdd(header[i], i))
            {
                throw new FigureException($"{source}:1: column '{header[i]}' appears twice in the header.");
            }
        }
    }

    /// <summary>The file name (or other source) used in error messages.</summary>
    public string Source { get; }

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The records after the header.</summary>
    public IReadOnlyList<CsvRecord> Records { get; }

    /// <summary>The index of column <paramref name="name"/>, or -1.</summary>
    /// <param name="name">The column name (case-sensitive).</param>
    /// <returns>The index, or -1 if there is no such column.</returns>
    public int IndexOf(string name) => _columns.TryGetValue(name, out var index) ? index : -1;

    /// <summary>The index of column <paramref name="name"/>; a missing column is an error naming the file.</summary>
    /// <param name="name">The column name (case-sensitive).</param>
    /// <returns>The index.</returns>
    public int Require(string name) =>
        _columns.TryGetValue(name, out var index) ? index : throw new FigureException($"{Source}:1: no column '{name}' in the header.");

    /// <summary>A field as a number (invariant culture; <c>inf</c> is +infinity; empty is NaN when <paramref name="allowEmpty"/>).</summary>
    /// <param name="record">The record.</param>
    /// <param name="column">The column index.</param>
    /// <param name="allowEmpty">Whether an empty field means NaN rather than an error.</param>
    /// <returns>The number.</returns>
    public double Number(CsvRecord record, int column, bool allowEmpty = false)
    {
        ArgumentNullException.ThrowIfNull(record);
        var text = record.Fields[column];
        if (text.Length == 0 && allowEmpty)
        {
            return double.NaN;
        }
        if (text is "inf" or "Infinity" or "+inf")
        {
            return double.PositiveInfinity;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        throw new FigureException($"{Source}:{record.Line}: column '{Header[column]}' holds '{Shorten(text)}', not a number.");
    }

    /// <summary>Reads the CSV file at <paramref name="path"/>; a missing file is a <see cref="FigureException"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The document.</returns>
    public static CsvDocument Load(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path) && new FileInfo(path).LinkTarget is null)
        {
            throw new FigureException($"{path}: no such file.");
        }
        if (InputFile.Problem(path, "a CSV table", 1L << 30, "1 GiB, the largest table read") is { } problem)
        {
            throw new FigureException($"{path}: {problem}.");
        }
        return Parse(File.ReadAllText(path, Encoding.UTF8), path);
    }

    /// <summary>Parses CSV text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="source">The name used in error messages.</param>
    /// <returns>The document.</returns>
    public static CsvDocument Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        var recordLine = 1;
        var atFieldStart = true;
        while (position < text.Length)
        {
            var c = text[position];
            if (atFieldStart && c == '"')
            {
                position = ReadQuoted(text, position + 1, field, ref line, source);
                atFieldStart = false;
                if (position < text.Length && text[position] is not (',' or '\n' or '\r'))
                {
                    throw new FigureException($"{source}:{line}: '{text[position]}' after a closing quote (a quote inside a field must be doubled).");
                }
                continue;
            }
            switch (c)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                    position++;
                    break;
                case '\r' or '\n':
                    position += c == '\r' && position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add(new CsvRecord(recordLine, fields.ToArray()));
                    fields.Clear();
                    atFieldStart = true;
                    line++;
                    recordLine = line;
                    break;
                case '"':
                    throw new FigureException($"{source}:{line}: a quote inside an unquoted field.");
                default:
                    field.Append(c);
                    atFieldStart = false;
                    position++;
                    break;
            }
        }
        if (!atFieldStart || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(new CsvRecord(recordLine, fields.ToArray()));
        }
        return Check(records, source);
    }

    private static int ReadQuoted(string text, int position, StringBuilder field, ref int line, string source)
    {
        var openedOn = line;
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '"')
            {
                if (position + 1 < text.Length && text[position + 1] == '"')
                {
                    field.Append('"');
                    position += 2;
                    continue;
                }
                return position + 1;
            }
            if (c == '\n')
            {
                line++;
            }
            field.Append(c);
            position++;
        }
        throw new FigureException($"{source}:{openedOn}: a quoted field is not closed before the end of the file.");
    }

    private static CsvDocument Check(List<CsvRecord> records, string source)
    {
        if (records.Count == 0)
        {
            throw new FigureException($"{source}:1: the file is empty (a header was expected).");
        }
        var header = records[0].Fields;
        var rows = records.Skip(1).ToArray();
        foreach (var row in rows)
        {
            if (row.Fields.Count != header.Count)
            {
                throw new FigureException(string.Create(CultureInfo.InvariantCulture,
                    $"{source}:{row.Line}: {row.Fields.Count} fields, but the header has {header.Count} columns."));
            }
        }
        return new CsvDocument(source, header, rows);
    }

    private static string Shorten(string text)
    {
        var oneLine = text.Replace('\r', ' ').Replace('\n', ' ');
        return oneLine.Length <= 40 ? oneLine : oneLine[..40] + "...";
    }
}
