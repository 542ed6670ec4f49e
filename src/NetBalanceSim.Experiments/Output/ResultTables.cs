using System.Globalization;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Statistics;
using NetBalanceSim.Experiments.Sweeps;
using NetBalanceSim.Testbed;

namespace NetBalanceSim.Experiments.Output;

/// <summary>
/// The CSV tables of an experiment (STYLE §10): <c>runs.csv</c> in long format (one row per repetition and
/// variant), <c>summary.csv</c> (the relative runtime's mean, sd and 95% interval) and <c>tau-trace.csv</c>
/// (every change of tau). No timestamps or host names: the bytes depend only on scenario, seed and code.
/// </summary>
public static class ResultTables
{
    /// <summary>The variant name of the run with NETbalance.</summary>
    public const string NetBalanceVariant = "netbalance";

    /// <summary>The variant name of the run without NETbalance.</summary>
    public const string BaselineVariant = "baseline";

    /// <summary>The variant name of the clairvoyant oracle's run (only when the scenario asks for it).</summary>
    public const string OracleVariant = "oracle";

    /// <summary>The columns of <c>runs.csv</c> after the point columns.</summary>
    public static IReadOnlyList<string> RunColumns => RunColumnsArray;

    private static readonly string[] RunColumnsArray =
    [
        "variant", "repetition", "runSeed", "runtimeSeconds", "relativeRuntime", "meanTau", "reports",
        "replacementsConsidered", "replacementsDeployed", "migrations", "reconfigurationSeconds", "movesEvaluated",
        "firstSink", "initialTau", "initialTauLowerBound", "fingerprint",
        "migrationsPerDeployment", "reconfigurationSecondsPerDeployment", "qualityAfterDeployment", "boundSeconds", "regret",
        "predictionErrorDemand", "predictionErrorTau", "unpaidDeploymentShare", "toSeconds", "toSecondsPerSearch",
    ];

    /// <summary>The rows one repetition contributes to <c>runs.csv</c> and <c>tau-trace.csv</c>.</summary>
    /// <param name="point">The point's index in its plan.</param>
    /// <param name="repetition">The repetition's two runs.</param>
    /// <returns>The unit's rows, without the point's columns.</returns>
    public static UnitResult UnitRows(int point, RepetitionResult repetition)
    {
        ArgumentNullException.ThrowIfNull(repetition);
        var runs = new List<string[]>
        {
            RunFields(repetition, NetBalanceVariant, repetition.NetBalance),
            RunFields(repetition, BaselineVariant, repetition.Baseline),
        };
        var trace = new List<string[]>();
        AddTrace(trace, repetition.Repetition, NetBalanceVariant, repetition.NetBalance.TauTrace);
        AddTrace(trace, repetition.Repetition, BaselineVariant, repetition.Baseline.TauTrace);
        if (repetition.Oracle is { } oracle)
        {
            runs.Add(RunFields(repetition, OracleVariant, oracle));
            AddTrace(trace, repetition.Repetition, OracleVariant, oracle.TauTrace);
        }
        return new UnitResult(point, repetition.Repetition, runs, trace);
    }

    /// <summary><c>runs.csv</c>: the point's columns, then one row per repetition and variant.</summary>
    /// <param name="plan">The plan the units belong to.</param>
    /// <param name="units">Its units, ordered by point and repetition.</param>
    /// <returns>The table.</returns>
    public static CsvTable Runs(SweepPlan plan, IReadOnlyList<UnitResult> units) =>
        Table(plan, RunColumns, units, u => u.RunRows);

    /// <summary><c>tau-trace.csv</c>: the point's columns, then every change of tau of every run.</summary>
    /// <param name="plan">The plan the units belong to.</param>
    /// <param name="units">Its units, ordered by point and repetition.</param>
    /// <returns>The table.</returns>
    public static CsvTable TauTrace(SweepPlan plan, IReadOnlyList<UnitResult> units) =>
        Table(plan, TraceColumns, units, u => u.TraceRows);

    /// <summary><c>summary.csv</c>: one row per point with the relative runtime's n, mean, sd and 95% interval.</summary>
    /// <param name="plan">The plan the units belong to.</param>
    /// <param name="units">Its units, ordered by point and repetition.</param>
    /// <returns>The table.</returns>
    public static CsvTable Summary(SweepPlan plan, IReadOnlyList<UnitResult> units)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(units);
        var table = new CsvTable([.. plan.Columns, .. SummaryColumns.All]);
        foreach (var point in plan.Points)
        {
            var rows = units.Where(u => u.Point == point.Index).Select(u => (With: u.RunRows[0], Without: u.RunRows[1])).ToArray();
            if (rows.Length == 0)
            {
                continue;
            }
            var relative = SampleSummary.Of([.. rows.Select(r => Field(r.With, "relativeRuntime"))]);
            double[] regrets = [.. rows.Select(r => Field(r.With, "regret")).Where(x => !double.IsNaN(x))];
            var regret = KnownSummary(regrets);
            var predictionError = KnownSummary([.. rows.Select(r => Field(r.With, "predictionErrorDemand")).Where(x => !double.IsNaN(x))]);
            table.Add([.. point.Values,
                CsvTable.Number(relative.Count), CsvTable.Number(relative.Mean), CsvTable.Number(relative.StandardDeviation),
                CsvTable.Number(relative.Ci95Low), CsvTable.Number(relative.Ci95High),
                CsvTable.Number(rows.Average(r => Field(r.With, "runtimeSeconds"))),
                CsvTable.Number(rows.Average(r => Field(r.Without, "runtimeSeconds"))),
                CsvTable.Number(rows.Average(r => Field(r.With, "replacementsDeployed"))),
                CsvTable.Number(rows.Average(r => Field(r.With, "migrations"))),
                CsvTable.Number(rows.Average(r => Field(r.With, "reconfigurationSeconds"))),
                CsvTable.Number(MeanOfKnown(rows.Select(r => Field(r.With, "migrationsPerDeployment")))),
                CsvTable.Number(MeanOfKnown(rows.Select(r => Field(r.With, "reconfigurationSecondsPerDeployment")))),
                CsvTable.Number(MeanOfKnown(rows.Select(r => Field(r.With, "qualityAfterDeployment")))),
                CsvTable.Number(rows.Average(r => Field(r.With, "movesEvaluated"))),
                CsvTable.Number(rows.Average(r => Field(r.With, "boundSeconds") / Field(r.Without, "runtimeSeconds"))),
                CsvTable.Number(regret.Mean),
                CsvTable.Number(regret.Ci95Low),
                CsvTable.Number(regret.Ci95High),
                CsvTable.Number(predictionError.Mean),
                CsvTable.Number(predictionError.Ci95Low),
                CsvTable.Number(predictionError.Ci95High),
                CsvTable.Number(MeanOfKnown(rows.Select(r => Field(r.With, "predictionErrorTau")))),
                CsvTable.Number(MeanOfKnown(rows.Select(r => Field(r.With, "unpaidDeploymentShare")))),
                CsvTable.Number(MeanOfKnown(rows.Select(r => Field(r.With, "toSeconds"))))]);
        }
        return table;
    }

    /// <summary>The columns of <c>tau-trace.csv</c> after the point columns (docs/columns.md explains each).</summary>
    public static IReadOnlyList<string> TraceColumnNames => TraceColumns;

    /// <summary>The columns of <c>summary.csv</c> after the point columns (docs/columns.md explains each).</summary>
    public static IReadOnlyList<string> SummaryColumnNames => SummaryColumns.All;

    private static readonly string[] TraceColumns = ["variant", "repetition", "realSeconds", "virtualSeconds", "tau", "cause"];

    /// <summary>The summary of the values given (the known ones), or all NaN when there are none.</summary>
    private static SampleSummary KnownSummary(double[] known) =>
        known.Length > 0 ? SampleSummary.Of(known) : new SampleSummary(0, double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>The mean of the values that are not NaN (runs without a deployment have no per-deployment figure), or NaN.</summary>
    private static double MeanOfKnown(IEnumerable<double> values)
    {
        var known = values.Where(x => !double.IsNaN(x)).ToArray();
        return known.Length > 0 ? known.Average() : double.NaN;
    }

    private static CsvTable Table(SweepPlan plan, IReadOnlyList<string> columns, IReadOnlyList<UnitResult> units, Func<UnitResult, IReadOnlyList<string[]>> rows)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(units);
        var table = new CsvTable([.. plan.Columns, .. columns]);
        foreach (var unit in units)
        {
            var values = plan.Points[unit.Point].Values;
            foreach (var row in rows(unit))
            {
                table.Add([.. values, .. row]);
            }
        }
        return table;
    }

    /// <summary>A number of a <c>runs.csv</c> row, read back exactly (the fields are round-trip formatted).</summary>
    private static double Field(string[] row, string column) =>
        row[RunColumnIndex[column]] is { Length: > 0 } text ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : double.NaN;

    private static readonly Dictionary<string, int> RunColumnIndex =
        RunColumnsArray.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);

    private static void AddTrace(List<string[]> rows, int repetition, string variant, IReadOnlyList<TauTracePoint> trace)
    {
        foreach (var point in trace)
        {
            rows.Add([variant, CsvTable.Number(repetition), CsvTable.Number(point.RealSeconds),
                CsvTable.Number(point.VirtualSeconds), double.IsPositiveInfinity(point.Tau) ? "inf" : CsvTable.Number(point.Tau), point.Cause]);
        }
    }

    private static string[] RunFields(RepetitionResult repetition, string variant, TestbedRunResult run) =>
    [
        variant,
        CsvTable.Number(repetition.Repetition),
        CsvTable.Number(repetition.RunSeed),
        CsvTable.Number(run.RuntimeSeconds),
        CsvTable.Number(run.RuntimeSeconds / repetition.Baseline.RuntimeSeconds),
        CsvTable.Number(run.MeanTau),
        CsvTable.Number(run.Reports),
        CsvTable.Number(run.ReplacementsConsidered),
        CsvTable.Number(run.ReplacementsDeployed),
        CsvTable.Number(run.Migrations),
        CsvTable.Number(run.ReconfigurationSeconds),
        CsvTable.Number(run.MovesEvaluated),
        CsvTable.Number(repetition.Sinks[0]),
        CsvTable.Number(repetition.InitialTau),
        CsvTable.Number(repetition.InitialTauLowerBound),
        run.Fingerprint.ToString("x16", CultureInfo.InvariantCulture),
        CsvTable.Number(run.ReplacementsDeployed > 0 ? (double)run.Migrations / run.ReplacementsDeployed : double.NaN),
        CsvTable.Number(run.ReplacementsDeployed > 0 ? run.ReconfigurationSeconds / run.ReplacementsDeployed : double.NaN),
        CsvTable.Number(run.MeanQualityAfterDeployment),
        CsvTable.Number(repetition.BoundSeconds),
        CsvTable.Number(repetition.Oracle is { } oracle ? (run.RuntimeSeconds / oracle.RuntimeSeconds) - 1 : double.NaN),
        CsvTable.Number(run.PredictionErrorDemand),
        CsvTable.Number(run.PredictionErrorTau),
        CsvTable.Number(run.UnpaidDeploymentShare),
        CsvTable.Number(run.ToSecondsMean),
        string.Join(';', run.ToSecondsPerSearch.Select(CsvTable.Number)),
    ];
}
