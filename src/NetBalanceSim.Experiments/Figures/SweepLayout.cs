using System.Globalization;
using NetBalanceSim.Experiments.Output;
using ScottPlot;

namespace NetBalanceSim.Experiments.Figures;

/// <summary>
/// The geometry of a <see cref="SweepFigure"/>: the series and their points in axis coordinates, the x ticks, the
/// limits (the y limits from every panel's rows, so panels share them) and the statement of what the y values are.
/// </summary>
internal sealed class SweepLayout
{
    public required IReadOnlyList<(string Name, IReadOnlyList<SweepPoint> Points)> Series { get; init; }

    public required ITickGenerator Ticks { get; init; }

    public required double XMin { get; init; }

    public required double XMax { get; init; }

    public required double YMin { get; init; }

    public required double YMax { get; init; }

    /// <summary>E.g. "mean with 95% interval, n = 30".</summary>
    public required string Statement { get; init; }

    /// <summary>Whether the metric is relative to the run without NETbalance, so 1 (no gain) is drawn dashed.</summary>
    public static bool HasReferenceAtOne(string metric) => metric is SummaryColumns.RelativeRuntimeMean or SummaryColumns.RelativeRuntimeCi95Low or SummaryColumns.RelativeRuntimeCi95High or SummaryColumns.RelativeBoundMean;

    public static SweepLayout Of(SummaryTable table, SweepSpec spec, string? panelValue, Func<string, string> option)
    {
        if (table.Rows.Count == 0)
        {
            throw new FigureException($"{table.Source}: no rows to draw.");
        }
        var xOf = SweepColumns.Key(table, spec.X, option("x"));
        var seriesOf = spec.Series is null || (spec.SeriesOptional && table.PointIndex(spec.Series) < 0 && spec.Series != "totalCpus")
            ? (_ => "")
            : SweepColumns.Key(table, spec.Series, option("series"));
        var panelOf = spec.Panel is null ? (_ => "") : SweepColumns.Key(table, spec.Panel, option("panel"));
        SweepColumns.RequireMetric(table, spec.Y, option("y"));
        var metrics = SweepColumns.Metrics(table);
        var interval = KeyLabels.IntervalOf(spec.Y) is { } columns && metrics.Contains(columns.Low) && metrics.Contains(columns.High) ? columns : ((string Low, string High)?)null;

        var scale = spec.XScale ?? AxisScales.Choose(table.Rows.Select(xOf));
        var categories = table.Rows.Select(xOf).Distinct(StringComparer.Ordinal).ToList();
        double Position(SummaryRow row)
        {
            var raw = xOf(row);
            if (scale == AxisScale.Categorical)
            {
                return categories.IndexOf(raw);
            }
            if (!AxisScales.TryNumber(raw, out var value))
            {
                throw new FigureException($"{table.Source}:{row.Line}: column '{spec.X}' holds '{raw}', not a number.");
            }
            if (scale == AxisScale.Log2 && !(value > 0))
            {
                throw new FigureException($"{table.Source}:{row.Line}: {spec.X} = {raw} cannot be drawn on a log2 axis (it must be above 0).");
            }
            return scale == AxisScale.Log2 ? Math.Log2(value) : value;
        }

        var positions = table.Rows.Select(Position).Distinct().Order().ToArray();
        var span = positions[^1] - positions[0];
        var dodge = scale switch { AxisScale.Log2 => 0.03, AxisScale.Categorical => 0.08, _ => 0.01 * (span > 0 ? span : 1) };
        var names = table.Rows.Select(seriesOf).Distinct(StringComparer.Ordinal).ToList();
        var rows = panelValue is null ? table.Rows : [.. table.Rows.Where(r => panelOf(r) == panelValue)];
        var seen = new Dictionary<(string, string), int>();
        var series = names.Select(_ => new List<SweepPoint>()).ToArray();
        foreach (var row in rows)
        {
            var name = seriesOf(row);
            if (!seen.TryAdd((name, xOf(row)), row.Line))
            {
                throw new FigureException(Duplicate(table, spec, row, name, xOf(row), seen[(name, xOf(row))]));
            }
            var i = names.IndexOf(name);
            var offset = (i - ((names.Count - 1) / 2.0)) * dodge;
            series[i].Add(new SweepPoint(Position(row) + offset, row.Measure(spec.Y),
                interval is { } c ? row.Measure(c.Low) : double.NaN, interval is { } d ? row.Measure(d.High) : double.NaN, row.Line));
        }
        foreach (var points in series)
        {
            points.Sort((a, b) => a.X.CompareTo(b.X));
        }

        var (yMin, yMax) = YLimits(table.Rows, spec.Y, interval);
        var margin = scale switch
        {
            AxisScale.Categorical => 0.6,
            AxisScale.Log2 => positions.Length > 1 ? 0.4 : 1.0,
            _ => span > 0 ? 0.06 * span : 1.0,
        };
        return new SweepLayout
        {
            Series = [.. names.Select((n, i) => (n, (IReadOnlyList<SweepPoint>)series[i])).Where(s => s.Item2.Count > 0)],
            Ticks = TicksOf(table, xOf, scale, spec.X, categories),
            XMin = positions[0] - margin,
            XMax = positions[^1] + margin,
            YMin = yMin,
            YMax = yMax,
            Statement = StatementOf(table, spec.Y, interval is not null),
        };
    }

    private static ITickGenerator TicksOf(SummaryTable table, Func<SummaryRow, string> xOf, AxisScale scale, string key, List<string> categories)
    {
        if (scale == AxisScale.Categorical)
        {
            return FigureStyle.ManualTicks([.. categories.Select((_, i) => (double)i)], [.. categories.Select(c => key == "topology" ? KeyLabels.TopologyName(c) : c)]);
        }
        var values = table.Rows.Select(r => double.Parse(xOf(r), NumberStyles.Float, CultureInfo.InvariantCulture)).Distinct().Order().ToArray();
        if (scale == AxisScale.Linear && values.Length > 12)
        {
            return FigureStyle.InvariantTicks();
        }
        return FigureStyle.ManualTicks([.. values.Select(v => scale == AxisScale.Log2 ? Math.Log2(v) : v)], [.. values.Select(FigureStyle.Number)]);
    }

    private static (double Min, double Max) YLimits(IReadOnlyList<SummaryRow> rows, string metric, (string Low, string High)? interval)
    {
        var values = rows.SelectMany(r => interval is { } c ? new[] { r.Measure(metric), r.Measure(c.Low), r.Measure(c.High) } : [r.Measure(metric)])
            .Where(double.IsFinite).ToList();
        if (HasReferenceAtOne(metric))
        {
            values.Add(1.2 / 1.05);
        }
        var low = values.Count > 0 ? Math.Min(0, values.Min()) : 0;
        var high = values.Count > 0 ? Math.Max(0, values.Max()) : 1;
        var span = high - low > 0 ? high - low : 1;
        return (low < 0 ? low - (0.05 * span) : 0, high + (0.05 * span));
    }

    private static string StatementOf(SummaryTable table, string metric, bool hasInterval)
    {
        var counts = table.Rows.Select(r => r.Count).Where(double.IsFinite).Distinct().Order().ToArray();
        var n = counts.Length switch
        {
            0 => "n unknown",
            1 => "n = " + FigureStyle.Number(counts[0]),
            _ => $"n = {FigureStyle.Number(counts[0])} to {FigureStyle.Number(counts[^1])}",
        };
        return hasInterval ? $"mean with 95% interval, {n}" : KeyLabels.IsMean(metric) ? $"mean, {n}" : n;
    }

    private static string Duplicate(SummaryTable table, SweepSpec spec, SummaryRow row, string series, string x, int firstLine)
    {
        var used = new[] { spec.X, spec.Series, spec.Panel };
        var varying = table.PointColumns.Where((c, i) => !used.Contains(c) && table.Rows.Select(r => r.Point[i]).Distinct(StringComparer.Ordinal).Skip(1).Any()).ToArray();
        var what = spec.Series is null ? $"{spec.X} = {x}" : $"{spec.Series} = '{series}', {spec.X} = {x}";
        var hint = varying.Length > 0 ? $"the sweep also varies [{string.Join(", ", varying)}]: give it as --series or --panel" : "draw one row per series and x";
        return string.Create(CultureInfo.InvariantCulture, $"{table.Source}:{row.Line}: a second row for {what} (first on line {firstLine}); {hint}.");
    }
}
