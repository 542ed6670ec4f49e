using System.Globalization;

namespace NetBalanceSim.Experiments.Figures;

/// <summary>Groups the rows of a summary table into a <see cref="SeriesFigure"/>'s series, checking that each (series, x) pair appears once.</summary>
internal static class SeriesPoints
{
    public static List<(string Name, List<(double X, SummaryRow Row)> Points)> Collect(SummaryTable table, SeriesFigure figure, Func<SummaryRow, double> xOf)
    {
        if (table.Rows.Count == 0)
        {
            throw new FigureException($"{table.Source}: no rows to draw.");
        }
        var seriesIndex = table.PointIndex(figure.SeriesColumn);
        var series = new List<(string Name, List<(double X, SummaryRow Row)> Points)>();
        var seen = new Dictionary<(string, double), int>();
        foreach (var row in table.Rows)
        {
            var x = xOf(row);
            if (!(x > 0) || double.IsInfinity(x))
            {
                throw new FigureException(string.Create(CultureInfo.InvariantCulture,
                    $"{table.Source}:{row.Line}: {figure.XColumn} = {x} cannot be drawn on a log2 axis (it must be above 0)."));
            }
            var name = seriesIndex >= 0 ? row.Point[seriesIndex] : "";
            if (!seen.TryAdd((name, x), row.Line))
            {
                throw new FigureException(string.Create(CultureInfo.InvariantCulture,
                    $"{table.Source}:{row.Line}: a second row for {figure.SeriesColumn} = '{name}', {figure.XColumn} = {x} (first on line {seen[(name, x)]}); {figure.Id} draws one row per series and x, so sweep no other key."));
            }
            var index = series.FindIndex(s => s.Name == name);
            if (index < 0)
            {
                series.Add((name, []));
                index = series.Count - 1;
            }
            series[index].Points.Add((x, row));
        }
        foreach (var (_, points) in series)
        {
            points.Sort((a, b) => a.X.CompareTo(b.X));
        }
        return series;
    }
}
