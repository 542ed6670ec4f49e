using ScottPlot;

namespace NetBalanceSim.Experiments.Figures;

/// <summary>The legend of the strategy figures: a title, then one entry per strategy in its colour and marker.</summary>
internal static class StrategyLegend
{
    public static void Add(Plot plot, IReadOnlyList<string> strategies, string title)
    {
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = title, LabelBold = true });
        for (var i = 0; i < strategies.Count; i++)
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = strategies[i],
                MarkerShape = FigureStyle.SeriesMarker(i),
                MarkerSize = 9,
                MarkerFillColor = FigureStyle.SeriesColor(i),
                MarkerLineColor = FigureStyle.SeriesColor(i),
            });
        }
    }
}
