namespace NetBalanceSim.Experiments.Output;

/// <summary>
/// The metric columns of <c>summary.csv</c>, after the swept keys' columns, in file order (docs/columns.md explains
/// each). A column that averages a <c>runs.csv</c> column over the repetitions with NETbalance is named after it with
/// the suffix <c>Mean</c>.
/// </summary>
public static class SummaryColumns
{
    /// <summary>The number of repetitions at the point.</summary>
    public const string N = "n";

    /// <summary>The mean relative runtime: the figures' y axis.</summary>
    public const string RelativeRuntimeMean = "relativeRuntimeMean";

    /// <summary>The sample standard deviation of the relative runtime.</summary>
    public const string RelativeRuntimeSd = "relativeRuntimeSd";

    /// <summary>The lower end of the relative runtime's 95% confidence interval.</summary>
    public const string RelativeRuntimeCi95Low = "relativeRuntimeCi95Low";

    /// <summary>The upper end of the relative runtime's 95% confidence interval.</summary>
    public const string RelativeRuntimeCi95High = "relativeRuntimeCi95High";

    /// <summary>The mean best relative runtime any strategy could reach.</summary>
    public const string RelativeBoundMean = "relativeBoundMean";

    /// <summary>The mean regret against the oracle.</summary>
    public const string RegretMean = "regretMean";

    /// <summary>The lower end of the regret's 95% confidence interval.</summary>
    public const string RegretCi95Low = "regretCi95Low";

    /// <summary>The upper end of the regret's 95% confidence interval.</summary>
    public const string RegretCi95High = "regretCi95High";

    /// <summary>The mean vnodes migrated per deployment.</summary>
    public const string MigrationsPerDeploymentMean = "migrationsPerDeploymentMean";

    /// <summary>The mean tau/tauLB right after a deployment.</summary>
    public const string QualityAfterDeploymentMean = "qualityAfterDeploymentMean";

    /// <summary>The mean over the runs of the load predictor's per-VM demand error (MAPE, a fraction).</summary>
    public const string PredictionErrorDemandMean = "predictionErrorDemandMean";

    /// <summary>The lower end of the 95% interval of the prediction error of per-VM demand.</summary>
    public const string PredictionErrorDemandCi95Low = "predictionErrorDemandCi95Low";

    /// <summary>The upper end of the 95% interval of the prediction error of per-VM demand.</summary>
    public const string PredictionErrorDemandCi95High = "predictionErrorDemandCi95High";

    /// <summary>The mean over the runs of the mean To of their searches, in seconds.</summary>
    public const string ToSecondsMean = "toSecondsMean";

    /// <summary>Gets every metric column, in file order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        N, RelativeRuntimeMean, RelativeRuntimeSd, RelativeRuntimeCi95Low, RelativeRuntimeCi95High,
        "runtimeNetBalanceSecondsMean", "runtimeBaselineSecondsMean", "replacementsDeployedMean", "migrationsMean",
        "reconfigurationSecondsMean", MigrationsPerDeploymentMean, "reconfigurationSecondsPerDeploymentMean",
        QualityAfterDeploymentMean, "movesEvaluatedMean", RelativeBoundMean, RegretMean, RegretCi95Low, RegretCi95High,
        PredictionErrorDemandMean, PredictionErrorDemandCi95Low, PredictionErrorDemandCi95High, "predictionErrorTauMean", "unpaidDeploymentShareMean", ToSecondsMean,
    ];
}
