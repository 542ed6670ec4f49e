using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace NetBalanceSim.Experiments.Figures;

/// <summary>
/// The common look of every figure: default size, the DejaVu Sans font shipped with the project, a fixed palette and marker order (series
/// i always gets colour and marker i), and tick labels in the invariant culture.
/// </summary>
public static class FigureStyle
{
    /// <summary>The default width of a figure in pixels.</summary>
    public const int Width = 800;

    /// <summary>The default height of a figure in pixels.</summary>
    public const int Height = 500;

    /// <summary>The font of all text.</summary>
    public const string FontName = "DejaVu Sans";

    private static readonly string[] PaletteHex = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"];

    private static readonly MarkerShape[] Markers =
    [
        MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond,
        MarkerShape.FilledTriangleDown, MarkerShape.OpenCircle, MarkerShape.OpenSquare, MarkerShape.OpenDiamond,
    ];

    /// <summary>The colour of series <paramref name="index"/> (the palette repeats after eight).</summary>
    /// <param name="index">The series' position in the table.</param>
    /// <returns>The colour.</returns>
    public static Color SeriesColor(int index) => Color.FromHex(PaletteHex[index % PaletteHex.Length]);

    /// <summary>The marker of series <paramref name="index"/>.</summary>
    /// <param name="index">The series' position in the table.</param>
    /// <returns>The marker shape.</returns>
    public static MarkerShape SeriesMarker(int index) => Markers[index % Markers.Length];

    /// <summary>A number as a label: invariant culture, shortest form, rounded to 10 significant digits to hide binary noise.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The label.</returns>
    public static string Number(double value) =>
        double.Parse(value.ToString("G10", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    /// <summary>Creates a plot with the title, axis labels, font and invariant numeric tick labels on both axes.</summary>
    /// <param name="title">The title.</param>
    /// <param name="xLabel">The x-axis label with its unit.</param>
    /// <param name="yLabel">The y-axis label.</param>
    /// <returns>The plot.</returns>
    public static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title, 18);
        plot.Axes.Bottom.Label.Text = xLabel;
        plot.Axes.Bottom.Label.FontSize = 16;
        plot.Axes.Left.Label.Text = yLabel;
        plot.Axes.Left.Label.FontSize = 16;
        plot.Axes.Bottom.TickGenerator = InvariantTicks();
        plot.Axes.Left.TickGenerator = InvariantTicks();
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        plot.Legend.FontSize = 13;
        plot.Font.Set(FontName);
        return plot;
    }

    /// <summary>Ticks placed by ScottPlot, labelled in the invariant culture.</summary>
    /// <returns>The tick generator.</returns>
    public static ITickGenerator InvariantTicks() => new NumericAutomatic { LabelFormatter = Number };

    /// <summary>Major ticks exactly at <paramref name="positions"/>, labelled with <paramref name="labels"/>.</summary>
    /// <param name="positions">The tick positions (axis coordinates).</param>
    /// <param name="labels">The labels.</param>
    /// <returns>The tick generator.</returns>
    public static ITickGenerator ManualTicks(IReadOnlyList<double> positions, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(labels);
        var ticks = new NumericManual();
        for (var i = 0; i < positions.Count; i++)
        {
            ticks.AddMajor(positions[i], labels[i]);
        }
        return ticks;
    }

    /// <summary>Draws the 95% interval of every point that has one as an error bar; returns the highest upper end (or 0).</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="points">The x position (axis coordinates) and summary row of each point.</param>
    /// <param name="color">The bars' colour (the series').</param>
    /// <param name="capSize">The width of the caps in pixels.</param>
    /// <returns>The highest <c>ci95High</c> drawn, or 0 when no point has an interval.</returns>
    public static double AddIntervals(Plot plot, IReadOnlyList<(double X, SummaryRow Row)> points, Color color, float capSize)
    {
        ArgumentNullException.ThrowIfNull(points);
        var drawn = points.Where(p => double.IsFinite(p.Row.Ci95Low) && double.IsFinite(p.Row.Ci95High)).ToArray();
        AddIntervals(plot, [.. drawn.Select(p => (p.X, p.Row.Mean, p.Row.Ci95Low, p.Row.Ci95High))], color, capSize);
        return drawn.Length > 0 ? drawn.Max(p => p.Row.Ci95High) : 0;
    }

    /// <summary>Draws an interval around each point as an error bar.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="points">The x position (axis coordinates), the value and its interval's ends.</param>
    /// <param name="color">The bars' colour (the series').</param>
    /// <param name="capSize">The width of the caps in pixels.</param>
    public static void AddIntervals(Plot plot, IReadOnlyList<(double X, double Y, double Low, double High)> points, Color color, float capSize)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            return;
        }
        var zeros = new double[points.Count];
        plot.PlottableList.Add(new ScottPlot.Plottables.ErrorBar(
            points.Select(p => p.X).ToArray(),
            points.Select(p => p.Y).ToArray(),
            zeros, zeros,
            points.Select(p => p.High - p.Y).ToArray(),
            points.Select(p => p.Y - p.Low).ToArray())
        {
            Color = color,
            LineWidth = 1.5f,
            CapSize = capSize,
        });
    }

    /// <summary>
    /// Fixes the margins around the data area (left 80, right 240 for a legend at the right edge, bottom 60, top 45
    /// pixels before scaling), so the data area does not change with the legend's or the tick labels' width.
    /// </summary>
    /// <param name="plot">The plot.</param>
    public static void FixDataArea(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.Layout.Fixed(new PixelPadding(80, 240, 60, 45));
    }
}
