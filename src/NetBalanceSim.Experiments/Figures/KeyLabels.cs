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
        ["setup"] = new("setup"),
        ["n"] = new("repetitions n"),
        ["mean"] = new("relative runtime"),
        ["sd"] = new("sd of the relative runtime"),
        ["ci95Low"] = new("relative runtime, lower end of the 95% interval"),
        ["ci95High"] = new("relative runtime, upper end of the 95% interval"),
        ["runtimeNetBalanceSeconds"] = new("runtime with NETbalance", "s"),
        ["runtimeBaselineSeconds"] = new("runtime without NETbalance", "s"),
        ["replacementsDeployed"] = new("re-placements deployed"),
        ["migrations"] = new("vnode migrations"),
        ["reconfigurationSeconds"] = new("reconfiguration time Tr", "s"),
        ["migrationsPerDeployment"] = new("vnodes migrated per deployment"),
        ["reconfigurationSecondsPerDeployment"] = new("Tr per deployment", "s"),
        ["qualityAfterDeployment"] = new("τ / τLB after deployment"),
        ["movesEvaluated"] = new("moves evaluated"),
        ["relativeBound"] = new("relative runtime bound"),
        ["regretMean"] = new("regret against the oracle"),
    };

    private static readonly Dictionary<string, (string Low, string High)> Intervals = new(StringComparer.Ordinal)
    {
        ["mean"] = ("ci95Low", "ci95High"),
        ["regretMean"] = ("regretCi95Low", "regretCi95High"),
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
    public static bool IsMean(string metric) => metric is not ("n" or "sd");

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
