using System.Globalization;
using NetBalanceSim.Experiments.Figures;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Experiments.Sensitivity;

/// <summary>
/// Reads a finished sensitivity sweep's <c>summary.csv</c> (point column <c>setup</c>, one row per case named as
/// <see cref="SensitivityCase"/> says) and computes the tornado and the Morris measures of one metric column.
/// </summary>
public static class SensitivityAnalysis
{
    /// <summary>Analyses the results folder <paramref name="directory"/>.</summary>
    /// <param name="directory">The results folder holding <c>summary.csv</c>.</param>
    /// <param name="metric">A metric column of <c>summary.csv</c>, e.g. <c>relativeRuntimeMean</c>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="FigureException">The table is missing, is not a sensitivity sweep's, lacks the metric, or a needed value is empty.</exception>
    public static SensitivityResult Analyse(string directory, string metric) =>
        Analyse(SummaryTable.Load(Path.Combine(directory, SummaryTable.FileName)), metric);

    /// <summary>Analyses a summary table.</summary>
    /// <param name="summary">The table.</param>
    /// <param name="metric">The metric column.</param>
    /// <returns>The result.</returns>
    /// <exception cref="FigureException">See <see cref="Analyse(string, string)"/>.</exception>
    public static SensitivityResult Analyse(SummaryTable summary, string metric)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(metric);
        var setup = summary.RequirePointIndex("sensitivity", SweepAxis.Setup);
        if (summary.Rows.Count == 0)
        {
            throw new FigureException($"{summary.Source}:1: has no points; a sensitivity sweep's summary has a tornado or Morris point per row.");
        }
        if (summary.Rows.Count > 0 && !summary.Rows[0].Measures.ContainsKey(metric))
        {
            throw new FigureException($"{summary.Source}:1: no metric column '{metric}'; the metrics are {string.Join(", ", summary.Rows[0].Measures.Keys)}.");
        }
        var cases = new List<(SensitivityCase Case, double Y)>();
        foreach (var row in summary.Rows)
        {
            var name = row.Point[setup];
            var parsed = SensitivityCase.Parse(name)
                ?? throw new FigureException($"{summary.Source}:{row.Line}: setup '{name}' is not a case of a sensitivity sweep (netbalance-sim sensitivity --write-scenario).");
            var y = row.Measures[metric];
            if (!double.IsFinite(y))
            {
                throw new FigureException($"{summary.Source}:{row.Line}: {metric} is empty at setup '{name}'; choose a metric every point has (--metric).");
            }
            cases.Add((parsed, y));
        }
        return new SensitivityResult(metric, TornadoRows(summary.Source, cases), MorrisIndices(summary.Source, cases, out var trajectories), trajectories);
    }

    private static IReadOnlyList<TornadoRow> TornadoRows(string source, List<(SensitivityCase Case, double Y)> cases)
    {
        var tornado = cases.Where(c => c.Case.Method == SensitivityMethods.Tornado).ToList();
        if (tornado.Count == 0)
        {
            return [];
        }
        var basePoint = tornado.Where(c => c.Case.Factor is null).ToList();
        if (basePoint.Count != 1)
        {
            throw new FigureException($"{source}: the tornado needs one '{SensitivityCase.TornadoBase}' point, found {basePoint.Count}.");
        }
        var rows = new List<TornadoRow>();
        foreach (var factor in tornado.Where(c => c.Case.Factor is not null).GroupBy(c => c.Case.Factor!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var low = factor.Where(c => !c.Case.High).ToList();
            var high = factor.Where(c => c.Case.High).ToList();
            if (low.Count != 1 || high.Count != 1)
            {
                throw new FigureException($"{source}: tornado factor {factor.Key} needs one low and one high point, found {low.Count} and {high.Count}.");
            }
            rows.Add(new TornadoRow(factor.Key, low[0].Case.Value, low[0].Case.BaseValue, high[0].Case.Value, low[0].Y, basePoint[0].Y, high[0].Y));
        }
        return Tornado.Rank(rows);
    }

    private static IReadOnlyList<MorrisIndex> MorrisIndices(string source, List<(SensitivityCase Case, double Y)> cases, out int trajectories)
    {
        var morris = cases.Where(c => c.Case.Method == SensitivityMethods.Morris).ToList();
        trajectories = 0;
        if (morris.Count == 0)
        {
            return [];
        }
        var levels = morris.Select(c => c.Case.Levels).Distinct().ToList();
        if (levels.Count != 1 || MorrisDesign.CheckLevels(levels[0]) is not null)
        {
            throw new FigureException($"{source}: the Morris points must share one even number of levels p, found {string.Join(", ", levels.Select(l => l.ToString(CultureInfo.InvariantCulture)))}.");
        }
        var names = morris.Where(c => c.Case.Factor is not null).Select(c => c.Case.Factor!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var runs = new List<MorrisRun>();
        foreach (var trajectory in morris.GroupBy(c => c.Case.Trajectory).OrderBy(g => g.Key))
        {
            var points = trajectory.OrderBy(c => c.Case.Step).ToList();
            if (points.Select((c, i) => c.Case.Step != i).Any(gap => gap))
            {
                throw new FigureException(string.Create(CultureInfo.InvariantCulture, $"{source}: Morris trajectory {trajectory.Key} does not have its points 0 to {points.Count - 1} once each."));
            }
            var steps = points.Skip(1).Select(c => new MorrisStep(names.IndexOf(c.Case.Factor!), c.Case.Direction)).ToList();
            runs.Add(new MorrisRun(steps, [.. points.Select(c => c.Y)]));
        }
        trajectories = runs.Count;
        return MorrisEffects.Indices(names, runs, MorrisDesign.DeltaOf(levels[0]));
    }
}
