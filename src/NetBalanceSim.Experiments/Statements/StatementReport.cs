using System.Globalization;
using System.Text;
using NetBalanceSim.Experiments.Output;

namespace NetBalanceSim.Experiments.Statements;

/// <summary>Every statement's verdict on one set of figure results, with the counts a calibration scores.</summary>
public sealed class StatementReport
{
    /// <summary>The columns of <c>statements.csv</c> (docs/columns.md).</summary>
    public static IReadOnlyList<string> Columns { get; } = ["statement", "set", "holds", "distance", "claim", "band", "measured"];

    private StatementReport(IReadOnlyList<(PaperStatement Statement, StatementVerdict Verdict)> verdicts) => Verdicts = verdicts;

    /// <summary>Each statement with its verdict, S1 .. S10.</summary>
    public IReadOnlyList<(PaperStatement Statement, StatementVerdict Verdict)> Verdicts { get; }

    /// <summary>Evaluates every statement of <see cref="PaperStatements.All"/> on <paramref name="results"/>.</summary>
    /// <param name="results">The figures' results.</param>
    /// <returns>The report.</returns>
    public static StatementReport Of(FigureResults results) => new([.. PaperStatements.All.Select(s => (s, s.Check(results)))]);

    /// <summary>How many statements of <paramref name="set"/> hold.</summary>
    /// <param name="set">The set.</param>
    /// <returns>The count.</returns>
    public int Held(StatementSet set) => Verdicts.Count(v => v.Statement.Set == set && v.Verdict.Holds == true);

    /// <summary>How many statements of <paramref name="set"/> there are.</summary>
    /// <param name="set">The set.</param>
    /// <returns>The count.</returns>
    public int Count(StatementSet set) => Verdicts.Count(v => v.Statement.Set == set);

    /// <summary>The summed distance outside the bands of the statements of <paramref name="set"/> (NaN if one is not measured).</summary>
    /// <param name="set">The set.</param>
    /// <returns>The distance in relative runtime.</returns>
    public double Distance(StatementSet set) => Verdicts.Where(v => v.Statement.Set == set).Sum(v => v.Verdict.Distance);

    /// <summary>How many statements hold in all.</summary>
    public int HeldTotal => Verdicts.Count(v => v.Verdict.Holds == true);

    /// <summary>The one-line count, e.g. <c>8 of 10 hold (calibration 4 of 5, validation 4 of 5)</c>.</summary>
    /// <returns>The text.</returns>
    public string CountLine() => string.Create(CultureInfo.InvariantCulture,
        $"{HeldTotal} of {Verdicts.Count} hold (calibration {Held(StatementSet.Calibration)} of {Count(StatementSet.Calibration)}, validation {Held(StatementSet.Validation)} of {Count(StatementSet.Validation)})");

    /// <summary>The report as a CSV table: id, set, holds, distance, claim, band, measured.</summary>
    /// <returns>The table.</returns>
    public CsvTable ToTable()
    {
        var table = new CsvTable(Columns);
        foreach (var (statement, verdict) in Verdicts)
        {
            table.Add([
                statement.Id, Name(statement.Set), verdict.Word, CsvTable.Number(verdict.Distance),
                statement.Claim, statement.Band, verdict.Measured,
            ]);
        }
        return table;
    }

    /// <summary>The report as a Markdown table (for docs/reproduction.md).</summary>
    /// <returns>The Markdown.</returns>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| # | set | the paper states | band | NetBalanceSim measures | holds? |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var (statement, verdict) in Verdicts)
        {
            var holds = verdict.Holds == false ? "**no**" : verdict.Word;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {statement.Id} | {Name(statement.Set)} | {statement.Claim} | {statement.Band} | {verdict.Measured} | {holds} |");
        }
        return text.ToString();
    }

    /// <summary>The set's name as written in tables.</summary>
    /// <param name="set">The set.</param>
    /// <returns><c>calibration</c> or <c>validation</c>.</returns>
    public static string Name(StatementSet set) => set == StatementSet.Calibration ? "calibration" : "validation";
}
