using NetBalanceSim.Experiments.Output;

namespace NetBalanceSim.Experiments.Figures;

/// <summary>
/// Every figure by id: the paper's figures 5 to 10 (<c>fig5</c> .. <c>fig10</c>; Figs. 6 to 10 are presets of
/// <see cref="SweepFigure"/>, the relative runtime against a swept key on a log2 axis), the strategy comparison, learned
/// To against fixed To, and the load predictors on a noisy workload.
/// </summary>
public static class FigureCatalog
{
    /// <summary>Every figure, in the paper's order.</summary>
    public static IReadOnlyList<IFigure> All { get; } =
    [
        new Figure5(),
        Preset("fig6", "ToSeconds", "topology", "optimisation time vs. network topology",
            "To = 0.125 s already shortens the runtime by up to 48%; To <= 1 s is only slightly better; larger To gains less."),
        Preset("fig7", "TpSeconds", "topology", "prediction window vs. network topology",
            "Campus and Grid need only a small Tp for a clear gain; Tp = 8 s shortens the runtime by 27% to 55% over all topologies."),
        Preset("fig8", "TpSeconds", "MemoryMB", "prediction window vs. memory of the SuT",
            "A larger memory footprint needs a larger Tp to gain; even 100 MB still gains with Tp >= 8 s."),
        Preset("fig9", "TpSeconds", "RateMbps", "prediction window vs. data rate",
            "Higher data rates gain more from NETbalance."),
        Preset("fig10", "totalCpus", "cpusPerNode", "migration benefit vs. testbed size",
            "Up to 64 CPUs NETbalance shortens the runtime by 50% to 70%; above 128 CPUs the gain shrinks."),
        new StrategiesFigure(),
        new StrategyTradeoffFigure(),
        new LearnedToFigure(),
        new SweepFigure("predictors", new SweepSpec("predictor", "monitorNoise", SummaryColumns.RelativeRuntimeMean) { Title = "load predictors on a noisy workload", XScale = AxisScale.Categorical },
            "predictors", "The paper: a last-value predictor \"gives similar results to more sophisticated approaches\"; Yang et al. report 36% lower prediction error for their tendency-based predictor."),
        new SweepFigure("predictors-error", new SweepSpec("predictor", "monitorNoise", SummaryColumns.PredictionErrorDemandMean) { Title = "prediction error of the load predictors", XScale = AxisScale.Categorical },
            "predictors", "The error of each predictor's per-VM demand against the true load one report later (MAPE), by monitor noise."),
    ];

    /// <summary>The figures drawn from the results of scenario <paramref name="scenario"/> (none for most scenarios).</summary>
    /// <param name="scenario">The scenario's name.</param>
    /// <returns>The figures, in catalog order.</returns>
    public static IReadOnlyList<IFigure> ForScenario(string scenario) =>
        [.. All.Where(f => string.Equals(f.Scenario, scenario, StringComparison.Ordinal))];

    /// <summary>The figure with id <paramref name="id"/> (case-insensitive), or null.</summary>
    /// <param name="id">The id, such as <c>fig7</c>.</param>
    /// <returns>The figure, or null.</returns>
    public static IFigure? Find(string id) =>
        All.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The figure with id <paramref name="id"/>; an unknown id is a <see cref="FigureException"/> listing the known ones.</summary>
    /// <param name="id">The id, such as <c>fig7</c>.</param>
    /// <returns>The figure.</returns>
    public static IFigure Get(string id) =>
        Find(id) ?? throw new FigureException($"unknown figure '{id}' (known: {string.Join(", ", All.Select(f => f.Id))}).");

    /// <summary>A paper figure: the relative runtime (mean, 95% interval) against <paramref name="x"/> on a log2 axis, one line per <paramref name="series"/> (one line if the sweep lacks that key).</summary>
    private static SweepFigure Preset(string id, string x, string series, string title, string description) =>
        new(id, new SweepSpec(x, series, SummaryColumns.RelativeRuntimeMean) { Title = title, XScale = AxisScale.Log2, SeriesOptional = true }, id, description);
}
