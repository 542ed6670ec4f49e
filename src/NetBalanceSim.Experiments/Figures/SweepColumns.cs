using System.Globalization;

namespace NetBalanceSim.Experiments.Figures;

/// <summary>
/// Reads the columns a <see cref="SweepSpec"/> names from a summary table: swept keys as raw text, metrics as numbers.
/// <c>totalCpus</c> may be derived as <c>physicalNodes</c> x <c>cpusPerNode</c> when the sweep has those keys.
/// An unknown column is a one-line <see cref="FigureException"/> listing the valid ones.
/// </summary>
internal static class SweepColumns
{
    public static Func<SummaryRow, string> Key(SummaryTable table, string key, string option)
    {
        var index = table.PointIndex(key);
        if (index >= 0)
        {
            return row => row.Point[index];
        }
        var nodes = table.PointIndex("physicalNodes");
        var cpus = table.PointIndex("cpusPerNode");
        if (key == "totalCpus" && nodes >= 0 && cpus >= 0)
        {
            return row => (Number(table, row, nodes) * Number(table, row, cpus)).ToString(CultureInfo.InvariantCulture);
        }
        throw new FigureException($"{table.Source}:1: no swept key '{key}' ({option}); the swept keys are [{string.Join(", ", table.PointColumns)}].");
    }

    public static void RequireMetric(SummaryTable table, string metric, string option)
    {
        var metrics = Metrics(table);
        if (!metrics.Contains(metric, StringComparer.Ordinal))
        {
            throw new FigureException($"{table.Source}:1: no metric '{metric}' ({option}); the metrics are [{string.Join(", ", metrics)}].");
        }
    }

    /// <summary>The metric columns (from <c>n</c> on), in file order.</summary>
    public static IReadOnlyList<string> Metrics(SummaryTable table) =>
        table.Rows.Count > 0 ? [.. table.Rows[0].Measures.Keys] : [];

    private static double Number(SummaryTable table, SummaryRow row, int index) =>
        AxisScales.TryNumber(row.Point[index], out var value)
            ? value
            : throw new FigureException($"{table.Source}:{row.Line}: column '{table.PointColumns[index]}' holds '{row.Point[index]}', not a number.");
}
