using System.Globalization;

namespace NetBalanceSim.Experiments.Figures;

/// <summary><c>tau-trace.csv</c> as the figures read it: every change of tau of every run (tau is a step function).</summary>
public sealed class TauTraceTable
{
    /// <summary>The file name inside a results folder.</summary>
    public const string FileName = "tau-trace.csv";

    /// <summary>Creates a table.</summary>
    /// <param name="source">The file the table came from (for error messages).</param>
    /// <param name="pointColumns">The swept keys, in sweep order (none for a plain run).</param>
    /// <param name="rows">The rows.</param>
    public TauTraceTable(string source, IReadOnlyList<string> pointColumns, IReadOnlyList<TauTraceRow> rows)
    {
        Source = source;
        PointColumns = pointColumns;
        Rows = rows;
    }

    /// <summary>The file the table came from.</summary>
    public string Source { get; }

    /// <summary>The swept keys (the columns before <c>variant</c>).</summary>
    public IReadOnlyList<string> PointColumns { get; }

    /// <summary>The rows, in file order.</summary>
    public IReadOnlyList<TauTraceRow> Rows { get; }

    /// <summary>Reads <c>tau-trace.csv</c>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The table.</returns>
    public static TauTraceTable Load(string path) => From(CsvDocument.Load(path));

    /// <summary>The trace held by a CSV document.</summary>
    /// <param name="csv">The document.</param>
    /// <returns>The table.</returns>
    public static TauTraceTable From(CsvDocument csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var variant = csv.Require("variant");
        var repetition = csv.Require("repetition");
        var real = csv.Require("realSeconds");
        var virtualTime = csv.Require("virtualSeconds");
        var tau = csv.Require("tau");
        var cause = csv.Require("cause");
        var rows = new TauTraceRow[csv.Records.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var r = csv.Records[i];
            var rep = csv.Number(r, repetition);
            if (rep < 0 || rep != Math.Floor(rep) || rep > int.MaxValue)
            {
                throw new FigureException(string.Create(CultureInfo.InvariantCulture,
                    $"{csv.Source}:{r.Line}: repetition '{r.Fields[repetition]}' is not a whole number of 0 or more."));
            }
            rows[i] = new TauTraceRow(r.Line, r.Fields.Take(variant).ToArray(), r.Fields[variant], (int)rep,
                csv.Number(r, real), csv.Number(r, virtualTime), csv.Number(r, tau), r.Fields[cause]);
        }
        return new TauTraceTable(csv.Source, csv.Header.Take(variant).ToArray(), rows);
    }
}
