using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Sweeps;
using ScottPlot;

namespace NetBalanceSim.Experiments.Figures;

/// <summary>
/// Learned To against fixed To (DESIGN §5 "Learning To online"): per topology, the relative runtime with To learned
/// online and with the best fixed To of a Fig. 6-style sweep (mean, 95% interval), the best fixed To named under the
/// topology, and a grey line 10% above the best fixed mean. Drawn from <c>summary.csv</c> of
/// <c>scenarios/learned-to.json</c> (swept keys <c>setup</c>, whose case <c>learned</c> learns To and every other case
/// fixes it, and <c>topology</c>).
/// </summary>
public sealed class LearnedToFigure : IFigure
{
    /// <summary>The setup case that learns To.</summary>
    public const string LearnedSetup = "learned";

    /// <summary>The x-axis label.</summary>
    public const string XLabel = "topology (best fixed To)";

    /// <summary>The y-axis label.</summary>
    public const string YLabel = "relative runtime";

    private const double Dodge = 0.12;

    /// <inheritdoc/>
    public string Id => "learned-to";

    /// <inheritdoc/>
    public string Title => "Learned To against the best fixed To";

    /// <inheritdoc/>
    public string Description =>
        "The paper's future work: To learned online from the searches' anytime curves should end within 10% of the best fixed To on every topology, without a sweep over To.";

    /// <inheritdoc/>
    public Plot Build(FigureData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var table = data.Summary;
        var setup = table.RequirePointIndex(Id, SweepAxis.Setup);
        var topology = table.RequirePointIndex(Id, "topology");
        var topologies = table.Rows.Select(r => r.Point[topology]).Distinct(StringComparer.Ordinal).ToList();
        var plot = FigureStyle.NewPlot(Title, XLabel, YLabel);
        var labels = new List<string>();
        var best = new List<(double X, SummaryRow Row)>();
        var learned = new List<(double X, SummaryRow Row)>();
        var yMax = 1.15;
        for (var t = 0; t < topologies.Count; t++)
        {
            var rows = table.Rows.Where(r => r.Point[topology] == topologies[t] && double.IsFinite(r.Mean)).ToList();
            var fixedBest = rows.Where(r => r.Point[setup] != LearnedSetup).MinBy(r => r.Mean)
                ?? throw new FigureException($"{table.Source}: no fixed To for topology '{topologies[t]}'.");
            var learnedRow = rows.FirstOrDefault(r => r.Point[setup] == LearnedSetup)
                ?? throw new FigureException($"{table.Source}: no setup '{LearnedSetup}' for topology '{topologies[t]}'.");
            best.Add((t - Dodge, fixedBest));
            learned.Add((t + Dodge, learnedRow));
            labels.Add($"{KeyLabels.TopologyName(topologies[t])} ({FigureStyle.Number(fixedBest.Measure(SummaryColumns.ToSecondsMean))} s)");
            var band = plot.Add.Line(t - (2 * Dodge), 1.1 * fixedBest.Mean, t + (2 * Dodge), 1.1 * fixedBest.Mean);
            band.LineColor = Colors.Gray;
            band.LineWidth = 1.5f;
            band.LegendText = "";
        }

        foreach (var (series, points) in new[] { (0, best), (1, learned) })
        {
            var markers = plot.Add.Markers(points.Select(p => p.X).ToArray(), points.Select(p => p.Row.Mean).ToArray(), FigureStyle.SeriesMarker(series), 9, FigureStyle.SeriesColor(series));
            markers.LegendText = "";
            yMax = Math.Max(yMax, FigureStyle.AddIntervals(plot, points, FigureStyle.SeriesColor(series), 5) * 1.05);
        }

        var reference = plot.Add.HorizontalLine(1.0, 1.5f, Colors.Gray, LinePattern.Dashed);
        reference.LegendText = "";
        plot.Axes.Bottom.TickGenerator = FigureStyle.ManualTicks([.. Enumerable.Range(0, topologies.Count).Select(t => (double)t)], labels);
        plot.Axes.SetLimits(-0.6, topologies.Count - 0.4, 0, yMax);
        StrategyLegend.Add(plot, ["best fixed To", "learned To"], "To (mean, 95% interval)");
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "10% above the best", LineColor = Colors.Gray, LineWidth = 1.5f });
        plot.ShowLegend(Edge.Right);
        return plot;
    }
}
