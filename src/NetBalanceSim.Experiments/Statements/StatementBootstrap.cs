using NetBalanceSim.Experiments.Figures;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Kernel;

namespace NetBalanceSim.Experiments.Statements;

/// <summary>
/// How firmly each statement's verdict stands on the repetitions behind it: a paired bootstrap (Efron and Tibshirani,
/// <i>An Introduction to the Bootstrap</i>, 1993, ch. 6) that draws the repetition numbers with replacement once per
/// resample and uses the same draw at every point of every figure, as the runs share their seeds, then checks every
/// statement on the resampled means. A statement held in nearly every resample, or in nearly none, is settled by the
/// repetitions; one held in some is within their noise.
/// </summary>
public static class StatementBootstrap
{
    /// <summary>Resamples when none are given.</summary>
    public const int DefaultResamples = 1000;

    /// <summary>Reads every figure's <c>runs.csv</c> (the runs with NETbalance) and resamples it.</summary>
    /// <param name="root">The folder holding the figures' results folders.</param>
    /// <param name="resamples">Resamples, at least 1.</param>
    /// <param name="seed">The seed of the draws.</param>
    /// <returns>Per statement of <see cref="PaperStatements.All"/>, in order, the share of resamples in which it holds.</returns>
    /// <exception cref="FigureException">No figure has a <c>runs.csv</c>, or one is malformed (the message names the file and line).</exception>
    public static IReadOnlyList<double> HoldShares(string root, int resamples, ulong seed)
    {
        var figures = new SortedDictionary<string, FigureRuns>(StringComparer.Ordinal);
        foreach (var id in PaperStatements.FigureIds)
        {
            var path = Path.Combine(root, id, "runs.csv");
            if (File.Exists(path))
            {
                figures[id] = FigureRuns.Load(path);
            }
        }
        return figures.Count > 0
            ? HoldShares(figures, resamples, seed)
            : throw new FigureException($"{root}: none of {string.Join(", ", PaperStatements.FigureIds)} has a runs.csv to resample");
    }

    /// <summary>Resamples figures already read.</summary>
    /// <param name="figures">The runs of each figure by figure id.</param>
    /// <param name="resamples">Resamples, at least 1.</param>
    /// <param name="seed">The seed of the draws.</param>
    /// <returns>Per statement of <see cref="PaperStatements.All"/>, in order, the share of resamples in which it holds.</returns>
    public static IReadOnlyList<double> HoldShares(IReadOnlyDictionary<string, FigureRuns> figures, int resamples, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        var repetitions = figures.Values.SelectMany(f => f.Repetitions).Distinct().Order().ToArray();
        if (repetitions.Length == 0)
        {
            throw new FigureException("the figures' runs.csv hold no run with NETbalance to resample");
        }
        var random = new RandomStreams(seed).Stream("bootstrap");
        var held = new int[PaperStatements.All.Count];
        var drawn = new int[repetitions.Length];
        for (var b = 0; b < resamples; b++)
        {
            for (var i = 0; i < drawn.Length; i++)
            {
                drawn[i] = repetitions[random.NextInt(repetitions.Length)];
            }
            var results = new FigureResults(figures.ToDictionary(f => f.Key, f => f.Value.Resampled(drawn), StringComparer.Ordinal));
            for (var s = 0; s < held.Length; s++)
            {
                if (PaperStatements.All[s].Check(results).Holds == true)
                {
                    held[s]++;
                }
            }
        }
        return [.. held.Select(h => (double)h / resamples)];
    }
}

/// <summary>One figure's relative runtimes with NETbalance: per point (in file order), per repetition.</summary>
public sealed class FigureRuns
{
    private readonly string _source;
    private readonly IReadOnlyList<string> _pointColumns;
    private readonly IReadOnlyList<(string[] Point, Dictionary<int, double> ByRepetition)> _points;

    private FigureRuns(string source, IReadOnlyList<string> pointColumns, IReadOnlyList<(string[] Point, Dictionary<int, double> ByRepetition)> points)
    {
        _source = source;
        _pointColumns = pointColumns;
        _points = points;
    }

    /// <summary>The repetition numbers found at any point, smallest first.</summary>
    public IReadOnlyList<int> Repetitions => [.. _points.SelectMany(p => p.ByRepetition.Keys).Distinct().Order()];

    /// <summary>Reads a <c>runs.csv</c>: the swept keys are the columns before <c>variant</c>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The runs with NETbalance.</returns>
    /// <exception cref="FigureException">The file is malformed.</exception>
    public static FigureRuns Load(string path)
    {
        var csv = CsvDocument.Load(path);
        var variant = csv.Require("variant");
        var repetition = csv.Require("repetition");
        var metric = csv.Require(PairedTable.Metric);
        var points = new List<(string[] Point, Dictionary<int, double> ByRepetition)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in csv.Records.Where(r => r.Fields[variant] == ResultTables.NetBalanceVariant))
        {
            var point = record.Fields.Take(variant).ToArray();
            var key = string.Join("\u0001", point);
            if (!index.TryGetValue(key, out var at))
            {
                at = points.Count;
                index[key] = at;
                points.Add((point, new Dictionary<int, double>()));
            }
            var r = (int)csv.Number(record, repetition);
            points[at].ByRepetition[r] = csv.Number(record, metric, allowEmpty: true);
        }
        return new FigureRuns(path, csv.Header.Take(variant).ToArray(), points);
    }

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
}
