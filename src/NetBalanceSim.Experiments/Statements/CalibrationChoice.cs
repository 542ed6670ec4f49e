using NetBalanceSim.Experiments.Output;

namespace NetBalanceSim.Experiments.Statements;

/// <summary>
/// Chooses a calibration's candidate from the calibration set alone: most statements held; among those, the smallest
/// summed distance outside the bands; then the first in grid order. The validation set is reported, never used.
/// </summary>
public static class CalibrationChoice
{
    /// <summary>The score columns of <c>calibration.csv</c>, after the candidate's keys (docs/columns.md).</summary>
    public static IReadOnlyList<string> ScoreColumns { get; } = ["calibrationHeld", "calibrationDistance", "validationHeld", "validationDistance"];

    /// <summary>The index of the chosen candidate.</summary>
    /// <param name="reports">Each candidate's statement report, in grid order (at least one).</param>
    /// <returns>The index into <paramref name="reports"/>.</returns>
    public static int Choose(IReadOnlyList<StatementReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
        {
            throw new ArgumentException("A calibration needs at least one candidate.", nameof(reports));
        }
        var best = 0;
        for (var i = 1; i < reports.Count; i++)
        {
            var (held, bestHeld) = (reports[i].Held(StatementSet.Calibration), reports[best].Held(StatementSet.Calibration));
            if (held > bestHeld || (held == bestHeld && Less(reports[i].Distance(StatementSet.Calibration), reports[best].Distance(StatementSet.Calibration))))
            {
                best = i;
            }
        }
        return best;
    }

    /// <summary>The calibration table: one row per candidate with its keys, the counts and distances of both sets, every statement's verdict, and the choice.</summary>
    /// <param name="candidates">The candidates, in grid order.</param>
    /// <param name="reports">Their reports, in the same order.</param>
    /// <param name="chosen">The chosen candidate's index.</param>
    /// <returns>The table.</returns>
    public static CsvTable Table(IReadOnlyList<CalibrationCandidate> candidates, IReadOnlyList<StatementReport> reports, int chosen)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(reports);
        var keys = candidates[0].Values.Select(v => v.Key).ToList();
        var statements = PaperStatements.All.Select(s => s.Id).ToList();
        var table = new CsvTable(["candidate", .. keys, .. ScoreColumns, .. statements, "chosen"]);
        for (var i = 0; i < candidates.Count; i++)
        {
            var report = reports[i];
            table.Add([
                candidates[i].Name, .. candidates[i].Values.Select(v => v.Value),
                CsvTable.Number(report.Held(StatementSet.Calibration)), CsvTable.Number(report.Distance(StatementSet.Calibration)),
                CsvTable.Number(report.Held(StatementSet.Validation)), CsvTable.Number(report.Distance(StatementSet.Validation)),
                .. report.Verdicts.Select(v => v.Verdict.Word),
                i == chosen ? "yes" : "no",
            ]);
        }
        return table;
    }

    private static bool Less(double a, double b) => !double.IsNaN(a) && (double.IsNaN(b) || a < b - 1e-12);
}
