using System.Globalization;
using ScottPlot;

namespace NetBalanceSim.Experiments.Figures;

/// <summary>
/// Fig. 5: tau over virtual time in one repetition (the lowest in the trace, normally 0), without NETbalance as a
/// grey area and with NETbalance as a black line, both as step functions (tau holds until the run's next row).
/// Rows of a suspension (tau = inf) are skipped: virtual time stands still while the experiment is suspended.
/// If the trace holds several sweep points, the first point's runs are drawn.
/// </summary>
public sealed class Figure5 : IFigure
{
    /// <summary>The x-axis label.</summary>
    public const string XLabel = "virtual time (s)";

    /// <summary>The y-axis label.</summary>
    public const string YLabel = "time dilation factor τ";

    /// <summary>The legend text of the run without NETbalance.</summary>
    public const string BaselineLegend = "without NETbalance";

    /// <summary>The legend text of the run with NETbalance.</summary>
    public const string NetBalanceLegend = "with NETbalance";

    /// <inheritdoc/>
    public string Id => "fig5";

    /// <inheritdoc/>
    public string Title => "experiment speed over time";

    /// <inheritdoc/>
    public string Description =>
        "Without NETbalance tau rises after the first sink change and stays high; with NETbalance tau rises at each sink change and returns to the original level once a new placement is deployed.";

    /// <inheritdoc/>
    public Plot Build(FigureData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var trace = data.TauTrace;
        if (trace.Rows.Count == 0)
        {
            throw new FigureException($"{trace.Source}: no rows to draw.");
        }
        var first = trace.Rows[0];
        var point = trace.Rows.Where(r => r.Point.SequenceEqual(first.Point)).ToArray();
        var repetition = point.Min(r => r.Repetition);
        var baseline = Steps(trace, point, "baseline", repetition);
        var netBalance = Steps(trace, point, "netbalance", repetition);

        var plot = FigureStyle.NewPlot(Title, XLabel, YLabel);
        var areaEdge = Color.FromHex("#a0a0a0");
        var areaFill = Color.FromHex("#c8c8c8");
        var area = plot.Add.Scatter(baseline.Xs, baseline.Ys, areaEdge);
        area.MarkerSize = 0;
        area.LineWidth = 1;
        area.FillY = true;
        area.FillYValue = 0;
        area.FillYColor = areaFill;
        var line = plot.Add.Scatter(netBalance.Xs, netBalance.Ys, Colors.Black);
        line.MarkerSize = 0;
        line.LineWidth = 2;
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = BaselineLegend, FillColor = areaFill, OutlineColor = areaEdge, OutlineWidth = 1 });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = NetBalanceLegend, LineColor = Colors.Black, LineWidth = 2 });

        var xMax = Math.Max(baseline.Xs[^1], netBalance.Xs[^1]);
        var yMax = Math.Max(baseline.Ys.Max(), netBalance.Ys.Max());
        plot.Axes.SetLimits(0, xMax > 0 ? xMax : 1, 0, yMax > 0 ? yMax * 1.3 : 1);
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    /// <summary>The step function of one run: (x, y) corners with tau holding until the next change.</summary>
    private static (double[] Xs, double[] Ys) Steps(TauTraceTable trace, TauTraceRow[] rows, string variant, int repetition)
    {
        var run = rows.Where(r => r.Variant == variant && r.Repetition == repetition && double.IsFinite(r.Tau)).ToArray();
        if (run.Length == 0)
        {
            throw new FigureException(string.Create(CultureInfo.InvariantCulture,
                $"{trace.Source}: no finite tau for variant '{variant}', repetition {repetition}."));
        }
        var xs = new List<double>(2 * run.Length);
        var ys = new List<double>(2 * run.Length);
        for (var i = 0; i < run.Length; i++)
        {
            if (i > 0 && run[i].VirtualSeconds < run[i - 1].VirtualSeconds)
            {
                throw new FigureException($"{trace.Source}:{run[i].Line}: virtual time goes backwards within a run.");
            }
            if (i > 0)
            {
                xs.Add(run[i].VirtualSeconds);
                ys.Add(run[i - 1].Tau);
            }
            xs.Add(run[i].VirtualSeconds);
            ys.Add(run[i].Tau);
        }
        return ([.. xs], [.. ys]);
    }
}
