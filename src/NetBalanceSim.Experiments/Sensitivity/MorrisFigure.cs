using NetBalanceSim.Experiments.Figures;
using ScottPlot;

namespace NetBalanceSim.Experiments.Sensitivity;

/// <summary>
/// The Morris plane: sigma against mu* of every factor, each marker labelled. Far right: important; high: non-linear or
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
        foreach (var index in indices)
        {
            var sigma = double.IsFinite(index.Sigma) ? index.Sigma : 0;
            plot.Add.Marker(index.MuStar, sigma, FigureStyle.SeriesMarker(0), 9, color);
            var label = plot.Add.Text(index.Factor, index.MuStar, sigma);
            label.LabelFontSize = 11;
            label.LabelFontColor = Colors.Black;
            label.LabelOffsetX = 6;
            label.LabelOffsetY = -6;
        }
        var xMax = Math.Max(indices.Max(i => i.MuStar), 1e-9);
        var yMax = Math.Max(indices.Max(i => double.IsFinite(i.Sigma) ? i.Sigma : 0), 1e-9);
        plot.Axes.SetLimits(-0.03 * xMax, xMax * 1.35, -0.05 * yMax, yMax * 1.15);
        plot.Layout.Fixed(new PixelPadding(80, 30, 60, 45));
        return plot;
    }
}
