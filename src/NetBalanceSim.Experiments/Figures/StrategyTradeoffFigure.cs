using System.Globalization;
using NetBalanceSim.Experiments.Output;
using ScottPlot;

namespace NetBalanceSim.Experiments.Figures;

/// <summary>
/// The trade-off each strategy makes (DESIGN §5): tau/tauLB right after a deployment against the vnodes migrated per
/// deployment (log scale), one marker per strategy and setup, labelled with the setup. Lower left is better.
/// Strategies without a deployment (<c>static</c>) have no point. Drawn from the same <c>summary.csv</c> as
/// <see cref="StrategiesFigure"/>.
/// </summary>
public sealed class StrategyTradeoffFigure : IFigure
{
    /// <summary>The x-axis label.</summary>
    public const string XLabel = "vnodes migrated per deployment";

    /// <summary>The y-axis label.</summary>
    public const string YLabel = "τ / τLB after deployment";

    /// <inheritdoc/>
    public string Id => "strategies-tradeoff";

    /// <inheritdoc/>
    public string Scenario => "strategies";

    /// <inheritdoc/>
    public string Title => "Re-placement strategies: placement quality vs. migrations";

    /// <inheritdoc/>
    public string Description =>
        "Annealing with the cleanup migrates a small share of the vnodes and stays well above tauLB; annealing+fresh and the oracle migrate more for placements closer to tauLB.";

    /// <inheritdoc/>
    public Plot Build(FigureData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var points = StrategyPoints.Collect(data.Summary, Id);
        var plot = FigureStyle.NewPlot(Title, XLabel, YLabel);
        var xs = new List<double>();
        var ys = new List<double>();
        for (var i = 0; i < points.Strategies.Count; i++)
        {
            foreach (var setup in points.Setups)
            {
                var row = points.Row(setup, points.Strategies[i]);
                var migrations = row?.Measure(SummaryColumns.MigrationsPerDeploymentMean) ?? double.NaN;
                var quality = row?.Measure(SummaryColumns.QualityAfterDeploymentMean) ?? double.NaN;
                if (!(migrations > 0) || !double.IsFinite(quality))
                {
                    continue;
                }
                var x = Math.Log10(migrations);
                var marker = plot.Add.Marker(x, quality, FigureStyle.SeriesMarker(i), 9, FigureStyle.SeriesColor(i));
                marker.LegendText = "";
                var label = plot.Add.Text(setup, x, quality);
                label.LabelFontSize = 10;
                label.LabelFontColor = FigureStyle.SeriesColor(i);
                label.LabelOffsetX = 6;
                label.LabelOffsetY = -6;
                xs.Add(x);
                ys.Add(quality);
            }
        }
        if (xs.Count == 0)
        {
            throw new FigureException($"{data.Summary.Source}: no strategy deployed anything; nothing to draw.");
        }

        var decades = Enumerable.Range((int)Math.Floor(xs.Min()), (int)Math.Ceiling(xs.Max()) - (int)Math.Floor(xs.Min()) + 1).ToArray();
        var ticks = decades.SelectMany(d => new[] { d, d + Math.Log10(3) }).Where(t => t <= decades[^1]).ToArray();
        plot.Axes.Bottom.TickGenerator = FigureStyle.ManualTicks(ticks, [.. ticks.Select(t => Math.Round(Math.Pow(10, t)).ToString(CultureInfo.InvariantCulture))]);
        plot.Axes.SetLimits(decades[0] - 0.05, xs.Max() + 0.35, 1, Math.Max(1.5, ys.Max() * 1.08));
        StrategyLegend.Add(plot, points.Strategies, "strategy");
        plot.ShowLegend(Edge.Right);
        return plot;
    }
}
