using NetBalanceSim.Experiments.Figures;
using ScottPlot;

namespace NetBalanceSim.Experiments.Sensitivity;

/// <summary>
/// The tornado: per factor, horizontal bars from the metric at the base point to the metric at the factor's low end and
/// at its high end, factors sorted by swing with the largest at the top; a vertical line marks the base.
/// </summary>
/// <param name="result">The analysis (its tornado rows, ranked).</param>
public sealed class TornadoFigure(SensitivityResult result) : IFigure
{
    /// <summary>The colour of the low end's bars.</summary>
    public static readonly Color LowColor = FigureStyle.SeriesColor(0);

    /// <summary>The colour of the high end's bars.</summary>
    public static readonly Color HighColor = FigureStyle.SeriesColor(1);

    /// <inheritdoc/>
    public string Id => "tornado";

    /// <inheritdoc/>
    public string Title => "Sensitivity: one constant at a time";

    /// <inheritdoc/>
    public string Description => "Each model constant at the low and the high end of its range, every other at the scenario's value.";

    /// <inheritdoc/>
    public Plot Build(FigureData data)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Tornado;
        if (rows.Count == 0)
        {
            throw new FigureException("no tornado points to draw.");
        }
        var plot = FigureStyle.NewPlot(Title, result.Metric, "");
        var bars = new List<Bar>();
        for (var i = 0; i < rows.Count; i++)
        {
            var position = rows.Count - 1 - i; // rank 1 at the top
            var low = new Bar { Position = position, ValueBase = rows[i].MetricBase, Value = rows[i].MetricLow, FillColor = LowColor, Size = 0.7 };
            var high = new Bar { Position = position, ValueBase = rows[i].MetricBase, Value = rows[i].MetricHigh, FillColor = HighColor.WithAlpha(0.75), Size = 0.7 };
            // The longer bar first: where both ends move the metric the same way, the shorter one stays visible on top.
            var lowFirst = Math.Abs(rows[i].MetricLow - rows[i].MetricBase) >= Math.Abs(rows[i].MetricHigh - rows[i].MetricBase);
            bars.AddRange(lowFirst ? [low, high] : [high, low]);
        }
        var plotted = plot.Add.Bars(bars);
        plotted.Horizontal = true;
        plot.Add.VerticalLine(rows[0].MetricBase, 1.5f, Colors.Black, LinePattern.Dashed);
        plot.Axes.Left.TickGenerator = FigureStyle.ManualTicks(
            [.. Enumerable.Range(0, rows.Count).Select(i => (double)(rows.Count - 1 - i))],
            [.. rows.Select(r => r.Factor)]);
        var values = rows.SelectMany(r => new[] { r.MetricLow, r.MetricHigh, r.MetricBase }).ToArray();
        var span = Math.Max(values.Max() - values.Min(), Math.Abs(rows[0].MetricBase) * 1e-3 + 1e-9);
        plot.Axes.SetLimits(values.Min() - (0.08 * span), values.Max() + (0.08 * span), -0.6, rows.Count - 0.4);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "low end", FillColor = LowColor });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "high end", FillColor = HighColor.WithAlpha(0.75) });
        plot.ShowLegend(Alignment.LowerRight);
        plot.Layout.Fixed(new PixelPadding(210, 30, 60, 45));
        return plot;
    }
}
