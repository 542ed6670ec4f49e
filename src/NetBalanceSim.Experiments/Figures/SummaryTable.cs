using NetBalanceSim.Experiments.Output;

namespace NetBalanceSim.Experiments.Figures;

/// <summary>
/// <c>summary.csv</c> as the figures read it: the swept keys (the columns before <c>n</c>) and, per point, the
/// relative runtime's mean and 95% interval. Empty fields are NaN.
/// </summary>
public sealed class SummaryTable
{
    /// <summary>The file name inside a results folder.</summary>
    public const string FileName = "summary.csv";

    /// <summary>Creates a table.</summary>
    /// <param name="source">The file the table came from (for error messages).</param>
    /// <param name="pointColumns">The swept keys, in sweep order.</param>
    /// <param name="rows">The rows.</param>
    public SummaryTable(string source, IReadOnlyList<string> pointColumns, IReadOnlyList<SummaryRow> rows)
    {
        Source = source;
        PointColumns = pointColumns;
        Rows = rows;
    }

    /// <summary>The file the table came from.</summary>
    public string Source { get; }

    /// <summary>The swept keys, in sweep order (the columns before <c>n</c>).</summary>
    public IReadOnlyList<string> PointColumns { get; }

    /// <summary>The rows, in file order.</summary>
    public IReadOnlyList<SummaryRow> Rows { get; }

    /// <summary>The index of swept key <paramref name="name"/> in <see cref="SummaryRow.Point"/>, or -1.</summary>
    /// <param name="name">The key.</param>
    /// <returns>The index, or -1.</returns>
    public int PointIndex(string name)
    {
        for (var i = 0; i < PointColumns.Count; i++)
        {
            if (PointColumns[i] == name)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The index of swept key <paramref name="column"/>, which figure <paramref name="figureId"/> needs.</summary>
    /// <param name="figureId">The figure (named in the error).</param>
    /// <param name="column">The swept key.</param>
    /// <returns>The index in <see cref="SummaryRow.Point"/>.</returns>
    /// <exception cref="FigureException">The table has no such swept key (one line listing those it has).</exception>
    public int RequirePointIndex(string figureId, string column)
    {
        var index = PointIndex(column);
        return index >= 0
            ? index
            : throw new FigureException($"{Source}:1: {figureId} needs the swept key '{column}', but the columns before 'n' are [{string.Join(", ", PointColumns)}].");
    }

    /// <summary>Reads <c>summary.csv</c>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The table.</returns>
    public static SummaryTable Load(string path) => From(CsvDocument.Load(path));

    /// <summary>The summary table held by a CSV document.</summary>
    /// <param name="csv">The document.</param>
    /// <returns>The table.</returns>
    public static SummaryTable From(CsvDocument csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var n = csv.Require(SummaryColumns.N);
        var mean = csv.Require(SummaryColumns.RelativeRuntimeMean);
        var sd = csv.Require(SummaryColumns.RelativeRuntimeSd);
        var low = csv.Require(SummaryColumns.RelativeRuntimeCi95Low);
        var high = csv.Require(SummaryColumns.RelativeRuntimeCi95High);
        var rows = csv.Records.Select(r => new SummaryRow(
            r.Line,
            r.Fields.Take(n).ToArray(),
            csv.Number(r, n),
            csv.Number(r, mean, allowEmpty: true),
            csv.Number(r, sd, allowEmpty: true),
            csv.Number(r, low, allowEmpty: true),
            csv.Number(r, high, allowEmpty: true))
        {
            Measures = Enumerable.Range(n, csv.Header.Count - n).ToDictionary(c => csv.Header[c], c => csv.Number(r, c, allowEmpty: true), StringComparer.Ordinal),
        }).ToArray();
        return new SummaryTable(csv.Source, csv.Header.Take(n).ToArray(), rows);
    }
}
