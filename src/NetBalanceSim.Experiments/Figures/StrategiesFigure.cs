using NetBalanceSim.Experiments.Output;
using ScottPlot;

namespace NetBalanceSim.Experiments.Figures;

/// <summary>
/// The strategy comparison (DESIGN §5): per setup, the relative runtime (to <c>static</c>) of every strategy with its
/// 95% interval, and the bound (tau = tauLB at every moment, no migration cost) as a black bar that no strategy can
/// pass below. Drawn from <c>summary.csv</c> of <c>scenarios/strategies.json</c> (swept keys <c>setup</c>, <c>strategy</c>).
/// </summary>
public sealed class StrategiesFigure : IFigure
{
    private const double Dodge = 0.13;

    /// <summary>The x-axis label.</summary>
    public const string XLabel = "setup (topology, physical nodes x CPUs)";

    /// <summary>The y-axis label.</summary>
    public const string YLabel = "relative runtime";

    /// <inheritdoc/>
    public string Id => "strategies";

    /// <inheritdoc/>
    public string Title => "Re-placement strategies: runtime against static";

    /// <inheritdoc/>
    public string Description =>
        "The oracle is never slower than a strategy, every strategy is faster than static, and the bound lies below all; annealing+fresh closes part of the gap between annealing and the oracle where few VMs hold many vnodes.";

    /// <inheritdoc/>
    public Plot Build(FigureData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var points = StrategyPoints.Collect(data.Summary, Id);
        var plot = FigureStyle.NewPlot(Title, XLabel, YLabel);
        var yMax = 1.15;
        for (var i = 0; i < points.Strategies.Count; i++)
        {
            var strategy = points.Strategies[i];
            var offset = (i - ((points.Strategies.Count - 1) / 2.0)) * Dodge;
            var drawn = points.Setups.Select((setup, s) => (X: s + offset, Row: points.Row(setup, strategy)))
                .Where(p => p.Row is not null && double.IsFinite(p.Row.Mean)).ToArray();
            var markers = plot.Add.Markers(drawn.Select(p => p.X).ToArray(), drawn.Select(p => p.Row!.Mean).ToArray(), FigureStyle.SeriesMarker(i), 9, FigureStyle.SeriesColor(i));
            markers.LegendText = "";
            yMax = Math.Max(yMax, FigureStyle.AddIntervals(plot, [.. drawn.Select(p => (p.X, p.Row!))], FigureStyle.SeriesColor(i), 5) * 1.05);
        }

        var halfWidth = (points.Strategies.Count / 2.0 * Dodge) + 0.04;
        for (var s = 0; s < points.Setups.Count; s++)
        {
            var bound = points.Strategies.Select(strategy => points.Row(points.Setups[s], strategy)?.Measure(SummaryColumns.RelativeBoundMean) ?? double.NaN)
                .FirstOrDefault(double.IsFinite, double.NaN);
            if (double.IsFinite(bound))
            {
                var line = plot.Add.Line(s - halfWidth, bound, s + halfWidth, bound);
                line.LineColor = Colors.Black;
                line.LineWidth = 2.5f;
                line.LegendText = "";
            }
        }

        var reference = plot.Add.HorizontalLine(1.0, 1.5f, Colors.Gray, LinePattern.Dashed);
        reference.LegendText = "";
        var positions = Enumerable.Range(0, points.Setups.Count).Select(s => (double)s).ToArray();
        plot.Axes.Bottom.TickGenerator = FigureStyle.ManualTicks(positions, points.Setups);
        plot.Axes.SetLimits(-0.6, points.Setups.Count - 0.4, 0, yMax);
        StrategyLegend.Add(plot, points.Strategies, "strategy (mean, 95% interval)");
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "bound", LineColor = Colors.Black, LineWidth = 2.5f });
        plot.ShowLegend(Edge.Right);
        return plot;
    }
}
