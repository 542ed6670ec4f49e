using ScottPlot;

namespace NetBalanceSim.Experiments.Figures;

/// <summary>
/// Any metric of <c>summary.csv</c> against a swept key, one line per value of a second key (STYLE §13), drawn the
/// same way for a user's sweep (<c>plot --x --series --y</c>) and for the paper's Figs. 6 to 10, which are presets.
/// The x scale is log2, linear or categorical (<see cref="AxisScales.Choose"/> unless the spec fixes it); labels and
/// legend come from <see cref="KeyLabels"/>; a metric with a 95% interval gets error bars and says so on its
/// axis; the y axis starts at 0 unless a value or interval goes below it; the data area has a fixed size with the
/// legend to its right. Series keep the order in which their values first appear, which fixes colours and markers.
/// </summary>
public sealed class SweepFigure : IFigure
{
    /// <summary>Creates a figure.</summary>
    /// <param name="id">The id, which names the files.</param>
    /// <param name="spec">What to draw.</param>
    /// <param name="scenario">The scenario whose results it is drawn from (null: the id).</param>
    /// <param name="description">What the paper states about it (empty for a user's figure, whose errors then name the options --x, --series, --y and --panel).</param>
    public SweepFigure(string id, SweepSpec spec, string? scenario = null, string description = "")
    {
        ArgumentNullException.ThrowIfNull(spec);
        Id = id;
        Spec = spec;
        Scenario = scenario ?? id;
        Description = description;
    }

    /// <inheritdoc/>
    public string Id { get; }

    /// <inheritdoc/>
    public string Scenario { get; }

    /// <inheritdoc/>
    public string Title => PanelValue is null ? Spec.TitleText : $"{Spec.TitleText}, {KeyLabels.Of(Spec.Panel!).Name} {KeyLabels.Of(Spec.Panel!).LegendOf(PanelValue)}";

    /// <inheritdoc/>
    public string Description { get; }

    /// <summary>What the figure shows.</summary>
    public SweepSpec Spec { get; }

    /// <summary>The value of <see cref="SweepSpec.Panel"/> this figure is restricted to (null: every row).</summary>
    public string? PanelValue { get; private init; }

    /// <summary>The figures to draw: this one, or with <see cref="SweepSpec.Panel"/> one per value of that key, named <c>&lt;id&gt;-&lt;value&gt;</c>.</summary>
    /// <param name="data">The tables.</param>
    /// <returns>The figures.</returns>
    public IReadOnlyList<SweepFigure> Panels(FigureData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (Spec.Panel is null)
        {
            return [this];
        }
        var panelOf = SweepColumns.Key(data.Summary, Spec.Panel, Option("panel"));
        return [.. data.Summary.Rows.Select(panelOf).Distinct(StringComparer.Ordinal)
            .Select(v => new SweepFigure($"{Id}-{FileSafe(KeyLabels.TopologyName(v))}", Spec, Scenario, Description) { PanelValue = v })];
    }

    /// <inheritdoc/>
    public Plot Build(FigureData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var layout = SweepLayout.Of(data.Summary, Spec, PanelValue, Option);
        var yLabel = KeyLabels.Of(Spec.Y).Axis + ": " + layout.Statement;
        var plot = FigureStyle.NewPlot(Title, KeyLabels.Of(Spec.X).Axis, yLabel);
        plot.Axes.Left.Label.FontSize = 14;
        for (var i = 0; i < layout.Series.Count; i++)
        {
            var (_, points) = layout.Series[i];
            var drawn = points.Where(p => double.IsFinite(p.Y)).ToArray();
            var line = plot.Add.Scatter(drawn.Select(p => p.X).ToArray(), drawn.Select(p => p.Y).ToArray(), FigureStyle.SeriesColor(i));
            line.LineWidth = 2;
            line.MarkerShape = FigureStyle.SeriesMarker(i);
            line.MarkerSize = 9;
            line.LegendText = "";
            FigureStyle.AddIntervals(plot, [.. drawn.Where(p => double.IsFinite(p.Low) && double.IsFinite(p.High)).Select(p => (p.X, p.Y, p.Low, p.High))], FigureStyle.SeriesColor(i), 6);
        }
        if (SweepLayout.HasReferenceAtOne(Spec.Y))
        {
            var reference = plot.Add.HorizontalLine(1.0, 1.5f, Colors.Gray, LinePattern.Dashed);
            reference.LegendText = "";
        }
        plot.Axes.Bottom.TickGenerator = layout.Ticks;
        plot.Axes.SetLimits(layout.XMin, layout.XMax, layout.YMin, layout.YMax);
        if (Spec.Series is not null && layout.Series.Any(s => s.Name.Length > 0))
        {
            var label = KeyLabels.Of(Spec.Series);
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = label.Name, LabelBold = true });
            for (var i = 0; i < layout.Series.Count; i++)
            {
                plot.Legend.ManualItems.Add(new LegendItem
                {
                    LabelText = label.LegendOf(layout.Series[i].Name),
                    LineColor = FigureStyle.SeriesColor(i),
                    LineWidth = 2,
                    MarkerShape = FigureStyle.SeriesMarker(i),
                    MarkerSize = 9,
                    MarkerFillColor = FigureStyle.SeriesColor(i),
                    MarkerLineColor = FigureStyle.SeriesColor(i),
                });
            }
            plot.ShowLegend(Edge.Right);
        }
        FigureStyle.FixDataArea(plot);
        return plot;
    }

    /// <summary>How an error names the column of <paramref name="role"/> (x, series, y, panel): the option, or the preset's role.</summary>
    private string Option(string role) => Description.Length == 0 ? "--" + role : $"{Id}'s {role}";

    private static string FileSafe(string value) =>
        new([.. value.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '+' ? c : '_')]);
}
