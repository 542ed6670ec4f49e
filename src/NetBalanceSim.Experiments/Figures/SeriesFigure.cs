using System.Globalization;
using ScottPlot;

namespace NetBalanceSim.Experiments.Figures;

/// <summary>
/// Figures 6 to 10: the relative runtime (mean and 95% interval) against a swept parameter on a log2 axis, one
/// line per value of a second swept key, with a dashed reference line at 1 (no gain). Series keep the order in
/// which their values first appear in <c>summary.csv</c>, which fixes their colours and markers; points missing
/// from a series are simply not drawn.
/// </summary>
public abstract class SeriesFigure : IFigure
{
    private const double Dodge = 0.03;

    /// <inheritdoc/>
    public abstract string Id { get; }

    /// <inheritdoc/>
    public abstract string Title { get; }

    /// <inheritdoc/>
    public abstract string Description { get; }

    /// <summary>The swept key on the x-axis.</summary>
    public abstract string XColumn { get; }

    /// <summary>The x-axis label, with its unit.</summary>
    public abstract string XLabel { get; }

    /// <summary>The swept key whose values make the series (a table without it gives one series).</summary>
    public abstract string SeriesColumn { get; }

    /// <summary>The y-axis label.</summary>
    public static string YLabel => "relative runtime";

    /// <summary>The legend text of the series with key value <paramref name="value"/>.</summary>
    /// <param name="value">The raw value from the table.</param>
    /// <returns>The legend text.</returns>
    public virtual string SeriesLegend(string value) => value;

    /// <summary>The x value of every row (by default the number in <see cref="XColumn"/>; it must be above 0).</summary>
    /// <param name="table">The summary table.</param>
    /// <returns>The x value of a row.</returns>
    protected virtual Func<SummaryRow, double> XOf(SummaryTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return NumberColumn(table, XColumn);
    }

    /// <summary>The number in swept key <paramref name="column"/> of each row; a missing column or a bad number is a <see cref="FigureException"/>.</summary>
    /// <param name="table">The summary table.</param>
    /// <param name="column">The swept key.</param>
    /// <returns>The value of a row.</returns>
    protected Func<SummaryRow, double> NumberColumn(SummaryTable table, string column)
    {
        ArgumentNullException.ThrowIfNull(table);
        var index = table.PointIndex(column);
        if (index < 0)
        {
            throw new FigureException($"{table.Source}:1: {Id} needs the swept key '{column}', but the columns before 'n' are [{string.Join(", ", table.PointColumns)}].");
        }
        return row => double.TryParse(row.Point[index], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FigureException($"{table.Source}:{row.Line}: column '{column}' holds '{row.Point[index]}', not a number.");
    }

    /// <inheritdoc/>
    public Plot Build(FigureData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var table = data.Summary;
        var series = SeriesPoints.Collect(table, this, XOf(table));
        var plot = FigureStyle.NewPlot(Title, XLabel, YLabel);
        var allX = new SortedSet<double>();
        var yMax = 1.2;
        for (var i = 0; i < series.Count; i++)
        {
            var (name, points) = series[i];
            var offset = (i - ((series.Count - 1) / 2.0)) * Dodge;
            var drawn = points.Where(p => double.IsFinite(p.Row.Mean)).ToArray();
            foreach (var p in points)
            {
                allX.Add(p.X);
            }
            var xs = drawn.Select(p => Math.Log2(p.X) + offset).ToArray();
            var ys = drawn.Select(p => p.Row.Mean).ToArray();
            var line = plot.Add.Scatter(xs, ys, FigureStyle.SeriesColor(i));
            line.LineWidth = 2;
            line.MarkerShape = FigureStyle.SeriesMarker(i);
            line.MarkerSize = 9;
            line.LegendText = series.Count > 1 || name.Length > 0 ? SeriesLegend(name) : "";
            yMax = Math.Max(yMax, FigureStyle.AddIntervals(plot, [.. drawn.Select(p => (Math.Log2(p.X) + offset, p.Row))], FigureStyle.SeriesColor(i), 6) * 1.05);
            if (drawn.Length > 0)
            {
                yMax = Math.Max(yMax, drawn.Max(p => p.Row.Mean) * 1.05);
            }
        }
        var reference = plot.Add.HorizontalLine(1.0, 1.5f, Colors.Gray, LinePattern.Dashed);
        reference.LegendText = "";
        var positions = allX.Select(Math.Log2).ToArray();
        plot.Axes.Bottom.TickGenerator = FigureStyle.ManualTicks(positions, [.. allX.Select(FigureStyle.Number)]);
        var margin = positions.Length > 1 ? 0.4 : 1.0;
        plot.Axes.SetLimits(positions[0] - margin, positions[^1] + margin, 0, yMax);
        if (series.Count > 1 || series[0].Name.Length > 0)
        {
            plot.ShowLegend(Edge.Right);
        }
        return plot;
    }
}
