using NetBalanceSim.Experiments.Output;

namespace NetBalanceSim.Experiments.Figures;

/// <summary>
/// Display names and units of the swept keys and metrics NetBalanceSim knows; any other column is shown by its own
/// name. A topology given as a path is shown by its file name without extension.
/// </summary>
public static class KeyLabels
{
    private static readonly Dictionary<string, KeyLabel> Keys = new(StringComparer.Ordinal)
    {
        ["TpSeconds"] = new("prediction window Tp", "s"),
        ["ToSeconds"] = new("optimisation time To", "s"),
        ["topology"] = new("topology", "", TopologyName),
        ["MemoryMB"] = new("memory of the SuT", "MB"),
        ["RateMbps"] = new("data rate", "Mbit/s"),
        ["nicMbps"] = new("NIC rate", "Mbit/s"),
        ["physicalNodes"] = new("physical nodes"),
        ["cpusPerNode"] = new("CPUs per node", "", v => v + (v == "1" ? " CPU per node" : " CPUs per node")),
        ["totalCpus"] = new("total CPUs"),
        ["sinkIntervalSeconds"] = new("sink interval", "s"),
        ["sinkChanges"] = new("sink changes"),
        ["controllerLagSeconds"] = new("controller lag", "s"),
        ["tauMin"] = new("minimum time dilation τmin"),
        ["strategy"] = new("strategy"),
        ["predictor"] = new("predictor"),
        ["windowMeanReports"] = new("window of the mean", "reports"),
        ["arOrder"] = new("AR order p"),
        ["tendencyAdaptDegree"] = new("tendency adapt degree"),
        ["setup"] = new("setup"),
        [SummaryColumns.N] = new("repetitions n"),
        [SummaryColumns.RelativeRuntimeMean] = new("relative runtime"),
        [SummaryColumns.RelativeRuntimeSd] = new("sd of the relative runtime"),
        [SummaryColumns.RelativeRuntimeCi95Low] = new("relative runtime, lower end of the 95% interval"),
        [SummaryColumns.RelativeRuntimeCi95High] = new("relative runtime, upper end of the 95% interval"),
        ["runtimeNetBalanceSecondsMean"] = new("runtime with NETbalance", "s"),
        ["runtimeBaselineSecondsMean"] = new("runtime without NETbalance", "s"),
        ["replacementsDeployedMean"] = new("re-placements deployed"),
        ["migrationsMean"] = new("vnode migrations"),
        ["reconfigurationSecondsMean"] = new("reconfiguration time Tr", "s"),
        [SummaryColumns.MigrationsPerDeploymentMean] = new("vnodes migrated per deployment"),
        ["reconfigurationSecondsPerDeploymentMean"] = new("Tr per deployment", "s"),
        [SummaryColumns.QualityAfterDeploymentMean] = new("τ / τLB after deployment"),
        ["movesEvaluatedMean"] = new("moves evaluated"),
        [SummaryColumns.RelativeBoundMean] = new("relative runtime bound"),
        [SummaryColumns.PredictionErrorDemandMean] = new("demand error (MAPE)"),
        ["predictionErrorTauMean"] = new("τ error (MAPE)"),
        ["unpaidDeploymentShareMean"] = new("share of deployments that did not pay"),
        [SummaryColumns.ToSecondsMean] = new("optimisation time To", "s"),
        ["ToLearned"] = new("learned To"),
        ["workload"] = new("workload"),
        ["monitorNoise"] = new("monitor noise σ"),
        [SummaryColumns.RegretMean] = new("regret against the oracle"),
    };

    private static readonly Dictionary<string, (string Low, string High)> Intervals = new(StringComparer.Ordinal)
    {
        [SummaryColumns.RelativeRuntimeMean] = (SummaryColumns.RelativeRuntimeCi95Low, SummaryColumns.RelativeRuntimeCi95High),
        [SummaryColumns.RegretMean] = (SummaryColumns.RegretCi95Low, SummaryColumns.RegretCi95High),
        [SummaryColumns.PredictionErrorDemandMean] = (SummaryColumns.PredictionErrorDemandCi95Low, SummaryColumns.PredictionErrorDemandCi95High),
    };

    /// <summary>The label of column <paramref name="column"/> (its own name, without unit, if it is not known).</summary>
    /// <param name="column">A column of <c>summary.csv</c>.</param>
    /// <returns>The label.</returns>
    public static KeyLabel Of(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return Keys.TryGetValue(column, out var label) ? label : new KeyLabel(column);
    }

    /// <summary>The columns holding the 95% interval of metric <paramref name="metric"/>, or null if it has none.</summary>
    /// <param name="metric">A metric column such as <c>mean</c>.</param>
    /// <returns>The lower and upper end's columns, or null.</returns>
    public static (string Low, string High)? IntervalOf(string metric) =>
        Intervals.TryGetValue(metric, out var columns) ? columns : null;

    /// <summary>Whether <paramref name="metric"/> is an average over the repetitions (every metric but <c>n</c> and <c>sd</c>).</summary>
    /// <param name="metric">The metric column.</param>
    /// <returns>Whether it is a mean.</returns>
    public static bool IsMean(string metric) => metric is not (SummaryColumns.N or SummaryColumns.RelativeRuntimeSd);

    /// <summary>A topology as a legend shows it: a path's file name without extension, a name as it is.</summary>
    /// <param name="value">The raw value.</param>
    /// <returns>The name.</returns>
    public static string TopologyName(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Contains('/', StringComparison.Ordinal) || value.Contains('\\', StringComparison.Ordinal) || value.Contains('.', StringComparison.Ordinal)
            ? Path.GetFileNameWithoutExtension(value.Replace('\\', '/').Split('/')[^1])
            : value;
    }
}
