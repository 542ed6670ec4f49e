using System.Globalization;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Statistics;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Experiments.Output;

/// <summary>
/// <c>paired.csv</c>: for each swept axis, the paired difference (<see cref="PairedDifference"/>) of the relative runtime
/// between neighbouring points along that axis, b - a, where a and b have the same values of every other swept key and b
/// is the next point along the axis that the plan has (the next value in the scenario's order, unless that point is
/// skipped or filtered out). Written only for a plan with a sweep: a single point has no neighbour.
/// </summary>
public static class PairedTable
{
    /// <summary>The table's file name inside a results folder.</summary>
    public const string FileName = "paired.csv";

    /// <summary>The <c>runs.csv</c> column the table compares.</summary>
    public const string Metric = "relativeRuntime";

    /// <summary>The columns before the swept keys' columns: the axis that changes and its two values.</summary>
    public static IReadOnlyList<string> LeadingColumns { get; } = ["axis", "from", "to"];

    /// <summary>The columns after the swept keys' columns (docs/columns.md explains each).</summary>
    public static IReadOnlyList<string> MetricColumns { get; } = ["n", "fromMean", "toMean", "diffMean", "diffSd", "diffCi95Low", "diffCi95High"];

    /// <summary>
    /// The table: per axis in sweep order, per combination of the other swept keys' values in plan order, one row per
    /// neighbouring pair. The changing axis's own column is left empty (its values are in <c>from</c> and <c>to</c>).
    /// </summary>
    /// <param name="plan">The plan the units belong to.</param>
    /// <param name="units">Its units.</param>
    /// <returns>The table (a header only for a plan without a sweep).</returns>
    public static CsvTable Of(SweepPlan plan, IReadOnlyList<UnitResult> units)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(units);
        var columns = plan.Columns;
        var table = new CsvTable([.. LeadingColumns, .. columns, .. MetricColumns]);
        var values = ValuesByPoint(units, Metric);
        for (var axis = 0; axis < columns.Count; axis++)
        {
            foreach (var line in Lines(plan, axis))
            {
                for (var i = 0; i + 1 < line.Count; i++)
                {
                    var (a, b) = (line[i], line[i + 1]);
                    var difference = PairedDifference.Of(Values(values, a.Index), Values(values, b.Index));
                    if (difference.Count == 0)
                    {
                        continue;
                    }
                    var others = a.Values.Select((v, k) => k == axis ? "" : v);
                    var d = difference.Difference;
                    table.Add([columns[axis], a.Values[axis], b.Values[axis], .. others,
                        CsvTable.Number(d.Count), CsvTable.Number(difference.MeanA), CsvTable.Number(difference.MeanB),
                        CsvTable.Number(d.Mean), CsvTable.Number(d.StandardDeviation), CsvTable.Number(d.Ci95Low), CsvTable.Number(d.Ci95High)]);
                }
            }
        }
        return table;
    }

    /// <summary>Each point's value of a <c>runs.csv</c> column with NETbalance, by repetition (an empty field is NaN).</summary>
    /// <param name="units">Units of a plan.</param>
    /// <param name="column">A column of <see cref="ResultTables.RunColumns"/>.</param>
    /// <returns>By point index, then by repetition.</returns>
    public static Dictionary<int, Dictionary<int, double>> ValuesByPoint(IEnumerable<UnitResult> units, string column)
    {
        ArgumentNullException.ThrowIfNull(units);
        var index = ResultTables.RunColumns.ToList().IndexOf(column);
        if (index < 0)
        {
            throw new ArgumentException($"{column} is not a column of runs.csv.", nameof(column));
        }
        var values = new Dictionary<int, Dictionary<int, double>>();
        foreach (var unit in units)
        {
            if (!values.TryGetValue(unit.Point, out var point))
            {
                values[unit.Point] = point = [];
            }
            var text = unit.RunRows[0][index];
            point[unit.Repetition] = text.Length == 0 ? double.NaN : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        return values;
    }

    /// <summary>The points grouped by their values of every axis but <paramref name="axis"/>, each group in plan order (which is the axis's order).</summary>
    private static List<List<SweepPoint>> Lines(SweepPlan plan, int axis)
    {
        var lines = new List<List<SweepPoint>>();
        var byKey = new Dictionary<string, List<SweepPoint>>(StringComparer.Ordinal);
        foreach (var point in plan.Points)
        {
            var key = string.Join("\u0001", point.Values.Where((_, k) => k != axis));
            if (!byKey.TryGetValue(key, out var line))
            {
                byKey[key] = line = [];
                lines.Add(line);
            }
            line.Add(point);
        }
        return lines;
    }

    private static Dictionary<int, double> Values(Dictionary<int, Dictionary<int, double>> values, int point) =>
        values.TryGetValue(point, out var found) ? found : new Dictionary<int, double>();
}
