using System.Globalization;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Statistics;
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

    /// <summary>The columns of <c>runs.csv</c> after the point columns.</summary>
    public static IReadOnlyList<string> RunColumns { get; } =
    [
        "variant", "repetition", "runSeed", "runtimeSeconds", "relativeRuntime", "meanTau", "reports",
        "replacementsConsidered", "replacementsDeployed", "migrations", "reconfigurationSeconds", "movesEvaluated",
        "firstSink", "initialTau", "initialTauLowerBound", "fingerprint",
    ];

    /// <summary>The rows of <c>runs.csv</c>: for every point (its values in <paramref name="pointColumns"/> order), every repetition and variant.</summary>
    /// <param name="pointColumns">The swept keys (none for a plain run).</param>
    /// <param name="points">Each point's values (formatted) and its repetitions.</param>
    /// <returns>The table.</returns>
    public static CsvTable Runs(IReadOnlyList<string> pointColumns, IEnumerable<(IReadOnlyList<string> Values, IReadOnlyList<RepetitionResult> Repetitions)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var table = new CsvTable([.. pointColumns, .. RunColumns]);
        foreach (var (values, repetitions) in points)
        {
            foreach (var repetition in repetitions)
            {
                table.Add([.. values, .. RunFields(repetition, NetBalanceVariant, repetition.NetBalance, repetition.RelativeRuntime)]);
                table.Add([.. values, .. RunFields(repetition, BaselineVariant, repetition.Baseline, 1.0)]);
            }
        }
        return table;
    }

    /// <summary>The rows of <c>summary.csv</c>: one per point.</summary>
    /// <param name="pointColumns">The swept keys (none for a plain run).</param>
    /// <param name="points">Each point's values (formatted) and its repetitions.</param>
    /// <returns>The table.</returns>
    public static CsvTable Summary(IReadOnlyList<string> pointColumns, IEnumerable<(IReadOnlyList<string> Values, IReadOnlyList<RepetitionResult> Repetitions)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var table = new CsvTable([.. pointColumns, "n", "mean", "sd", "ci95Low", "ci95High",
            "runtimeNetBalanceSeconds", "runtimeBaselineSeconds", "replacementsDeployed", "migrations", "reconfigurationSeconds"]);
        foreach (var (values, repetitions) in points)
        {
            var relative = SampleSummary.Of([.. repetitions.Select(r => r.RelativeRuntime)]);
            table.Add([.. values,
                CsvTable.Number(relative.Count), CsvTable.Number(relative.Mean), CsvTable.Number(relative.StandardDeviation),
                CsvTable.Number(relative.Ci95Low), CsvTable.Number(relative.Ci95High),
                CsvTable.Number(repetitions.Average(r => r.NetBalance.RuntimeSeconds)),
                CsvTable.Number(repetitions.Average(r => r.Baseline.RuntimeSeconds)),
                CsvTable.Number(repetitions.Average(r => (double)r.NetBalance.ReplacementsDeployed)),
                CsvTable.Number(repetitions.Average(r => (double)r.NetBalance.Migrations)),
                CsvTable.Number(repetitions.Average(r => r.NetBalance.ReconfigurationSeconds))]);
        }
        return table;
    }

    /// <summary>The rows of <c>tau-trace.csv</c>: every change of tau of every run.</summary>
    /// <param name="pointColumns">The swept keys (none for a plain run).</param>
    /// <param name="points">Each point's values (formatted) and its repetitions.</param>
    /// <returns>The table.</returns>
    public static CsvTable TauTrace(IReadOnlyList<string> pointColumns, IEnumerable<(IReadOnlyList<string> Values, IReadOnlyList<RepetitionResult> Repetitions)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var table = new CsvTable([.. pointColumns, "variant", "repetition", "realSeconds", "virtualSeconds", "tau", "cause"]);
        foreach (var (values, repetitions) in points)
        {
            foreach (var repetition in repetitions)
            {
                AddTrace(table, values, repetition.Repetition, NetBalanceVariant, repetition.NetBalance.TauTrace);
                AddTrace(table, values, repetition.Repetition, BaselineVariant, repetition.Baseline.TauTrace);
            }
        }
        return table;
    }

    private static void AddTrace(CsvTable table, IReadOnlyList<string> values, int repetition, string variant, IReadOnlyList<TauTracePoint> trace)
    {
        foreach (var point in trace)
        {
            table.Add([.. values, variant, CsvTable.Number(repetition), CsvTable.Number(point.RealSeconds),
                CsvTable.Number(point.VirtualSeconds), double.IsPositiveInfinity(point.Tau) ? "inf" : CsvTable.Number(point.Tau), point.Cause]);
        }
    }

    private static string[] RunFields(RepetitionResult repetition, string variant, TestbedRunResult run, double relativeRuntime) =>
    [
        variant,
        CsvTable.Number(repetition.Repetition),
        CsvTable.Number(repetition.RunSeed),
        CsvTable.Number(run.RuntimeSeconds),
        CsvTable.Number(relativeRuntime),
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
    ];
}
