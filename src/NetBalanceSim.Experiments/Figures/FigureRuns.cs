using NetBalanceSim.Experiments.Output;

namespace NetBalanceSim.Experiments.Figures;

/// <summary>
/// One column of a <c>runs.csv</c> for the runs with NETbalance: per point (in file order, the swept keys being the
/// columns before <c>variant</c>), per repetition. Read by <c>compare</c> and by the statements' bootstrap.
/// </summary>
public sealed class FigureRuns
{
    private readonly string _source;
    private readonly IReadOnlyList<string> _pointColumns;
    private readonly List<(string[] Point, Dictionary<int, double> ByRepetition)> _points;
    private readonly Dictionary<string, int> _index;

    private FigureRuns(string source, IReadOnlyList<string> pointColumns, List<(string[] Point, Dictionary<int, double> ByRepetition)> points, Dictionary<string, int> index)
    {
        _source = source;
        _pointColumns = pointColumns;
        _points = points;
        _index = index;
    }

    /// <summary>The repetition numbers found at any point, smallest first.</summary>
    public IReadOnlyList<int> Repetitions => [.. _points.SelectMany(p => p.ByRepetition.Keys).Distinct().Order()];

    /// <summary>Reads the relative runtimes of a <c>runs.csv</c>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The runs with NETbalance.</returns>
    /// <exception cref="FigureException">The file is malformed (the message names the file and line).</exception>
    public static FigureRuns Load(string path)
    {
        var csv = CsvDocument.Load(path);
        return From(csv, csv.Require(PairedTable.Metric));
    }

    /// <summary>Takes column <paramref name="column"/> of a <c>runs.csv</c> already read.</summary>
    /// <param name="csv">The file.</param>
    /// <param name="column">The column's index (an empty field is NaN).</param>
    /// <returns>The runs with NETbalance.</returns>
    /// <exception cref="FigureException">A repetition is not a whole number from 0, or appears twice at one point.</exception>
    public static FigureRuns From(CsvDocument csv, int column)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var variant = csv.Require("variant");
        var repetition = csv.Require("repetition");
        var points = new List<(string[] Point, Dictionary<int, double> ByRepetition)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in csv.Records.Where(r => r.Fields[variant] == ResultTables.NetBalanceVariant))
        {
            var point = record.Fields.Take(variant).ToArray();
            var key = Key(point);
            if (!index.TryGetValue(key, out var at))
            {
                at = points.Count;
                index[key] = at;
                points.Add((point, new Dictionary<int, double>()));
            }
            var number = csv.Number(record, repetition);
            if (number != Math.Floor(number) || number < 0 || number > int.MaxValue)
            {
                throw new FigureException($"{csv.Source}:{record.Line}: repetition '{record.Fields[repetition]}' is not a whole number from 0");
            }
            if (!points[at].ByRepetition.TryAdd((int)number, csv.Number(record, column, allowEmpty: true)))
            {
                throw new FigureException($"{csv.Source}:{record.Line}: repetition {(int)number} of this point appears twice");
            }
        }
        return new FigureRuns(csv.Source, csv.Header.Take(variant).ToArray(), points, index);
    }

    /// <summary>The values of one point by repetition (empty if no run with NETbalance has these swept values).</summary>
    /// <param name="point">The swept values, in column order.</param>
    /// <returns>The values by repetition.</returns>
    public IReadOnlyDictionary<int, double> Values(IReadOnlyList<string> point) =>
        _index.TryGetValue(Key(point), out var at) ? _points[at].ByRepetition : new Dictionary<int, double>();

    /// <summary>The figure's summary with every point's mean taken over the drawn repetitions (each as often as drawn; repetitions a point lacks are skipped).</summary>
    /// <param name="drawn">The drawn repetition numbers.</param>
    /// <returns>A summary table whose means are the resampled ones (its other columns are NaN).</returns>
    public SummaryTable Resampled(IReadOnlyList<int> drawn)
    {
        ArgumentNullException.ThrowIfNull(drawn);
        var rows = new SummaryRow[_points.Count];
        for (var p = 0; p < rows.Length; p++)
        {
            var (point, byRepetition) = _points[p];
            var (sum, count) = (0.0, 0);
            foreach (var r in drawn)
            {
                if (byRepetition.TryGetValue(r, out var value) && double.IsFinite(value))
                {
                    sum += value;
                    count++;
                }
            }
            rows[p] = new SummaryRow(0, point, count, count > 0 ? sum / count : double.NaN, double.NaN, double.NaN, double.NaN);
        }
        return new SummaryTable(_source, _pointColumns, rows);
    }

    private static string Key(IEnumerable<string> point) => string.Join("\u0001", point);
}
