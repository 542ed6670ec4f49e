using NetBalanceSim.Experiments.Figures;
using ScottPlot;

namespace NetBalanceSim.Experiments.Sensitivity;

/// <summary>
/// The Morris plane: sigma against mu* of every factor, each marker labelled with its rank (close markers share one label, e.g. <c>8,9,10</c>), the legend naming the ranks. Far right: important; high: non-linear or
/// interacting. A sigma not defined (one trajectory) is drawn at 0.
/// </summary>
/// <param name="result">The analysis (its Morris measures).</param>
public sealed class MorrisFigure(SensitivityResult result) : IFigure
{
    /// <inheritdoc/>
    public string Id => "morris";

    /// <inheritdoc/>
    public string Title => "Sensitivity: Morris elementary effects";

    /// <inheritdoc/>
    public string Description => "mu* (mean |elementary effect|) ranks the constants; sigma shows non-linearity and interactions.";

    /// <inheritdoc/>
    public Plot Build(FigureData data)
    {
        ArgumentNullException.ThrowIfNull(result);
        var indices = result.Morris;
        if (indices.Count == 0)
        {
            throw new FigureException("no Morris trajectories to draw.");
        }
        var plot = FigureStyle.NewPlot(Title, $"μ* of {result.Metric}", "σ");
        var color = FigureStyle.SeriesColor(0);
        var xMax = Math.Max(indices.Max(i => i.MuStar), 1e-9);
        var yMax = Math.Max(indices.Max(i => double.IsFinite(i.Sigma) ? i.Sigma : 0), 1e-9);
        // Points close to a higher-ranked one join its cluster; each cluster is labelled once with its members' ranks.
        var clusters = new List<(double X, double Y, List<int> Ranks)>();
        foreach (var index in indices)
        {
            var sigma = double.IsFinite(index.Sigma) ? index.Sigma : 0;
            var marker = plot.Add.Marker(index.MuStar, sigma, FigureStyle.SeriesMarker(0), 9, color);
            marker.LegendText = "";
            var near = clusters.FindIndex(c => Math.Abs(c.X - index.MuStar) < 0.06 * xMax && Math.Abs(c.Y - sigma) < 0.06 * yMax);
            if (near < 0)
            {
                clusters.Add((index.MuStar, sigma, [index.Rank]));
            }
            else
            {
                clusters[near].Ranks.Add(index.Rank);
            }
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"{index.Rank} {index.Factor}" });
        }
        foreach (var (x, y, ranks) in clusters)
        {
            var label = plot.Add.Text(string.Join(",", ranks.Select(r => r.ToString(System.Globalization.CultureInfo.InvariantCulture))), x, y);
            label.LabelFontSize = 11;
            label.LabelFontColor = Colors.Black;
            label.LabelOffsetX = 7;
            label.LabelOffsetY = -8;
        }
        plot.Axes.SetLimits(-0.03 * xMax, xMax * 1.1, -0.05 * yMax, yMax * 1.1);
        plot.Legend.FontSize = 10;
        plot.Legend.SymbolWidth = 0;
        plot.ShowLegend(Edge.Right);
        plot.Layout.Fixed(new PixelPadding(80, 260, 60, 45));
        return plot;
    }
}
