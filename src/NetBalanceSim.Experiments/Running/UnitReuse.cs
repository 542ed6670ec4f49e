using System.Globalization;
using CsvDocument = NetBalanceSim.Experiments.Figures.CsvDocument;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;
using NetBalanceSim.Kernel;

namespace NetBalanceSim.Experiments.Running;

/// <summary>
/// Growing campaigns: the repetitions a results folder already holds are reused by a new plan (more repetitions, new
/// points) wherever they are the same computation. A point's key hashes everything a repetition's result depends on
/// besides its seed: the point's scenario (every key but the repetition count and the labels), the content of its
/// topology file (and of its flow trace) and the identity of the simulation code (the deterministic build ids of its assemblies). The manifest
/// records each point's values and key; a new point with the same key takes that point's rows of <c>runs.csv</c> and
/// <c>tau-trace.csv</c> for every repetition number both plans have, and the seed of repetition r is the same in both.
/// </summary>
public static class UnitReuse
{
    /// <summary>The identity of the simulation code: the build ids of the assemblies that compute a repetition.</summary>
    public static string CodeIdentity { get; } = StableHash.Fnv1a64(string.Join(",", new[]
    {
        typeof(Simulation).Module.ModuleVersionId,
        typeof(NetBalance.Placement).Module.ModuleVersionId,
        typeof(Topologies.Topology).Module.ModuleVersionId,
        typeof(Testbed.RunControl).Module.ModuleVersionId,
        typeof(UnitReuse).Module.ModuleVersionId,
    }.Select(id => id.ToString("N", CultureInfo.InvariantCulture)))).ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>The key of each point of <paramref name="plan"/>, in point order: equal keys mean equal repetitions for equal seeds.</summary>
    /// <param name="plan">A plan.</param>
    /// <returns>16 hex digits per point.</returns>
    public static IReadOnlyList<string> PointKeys(SweepPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var topologies = new Dictionary<string, string>(StringComparer.Ordinal);
        return [.. plan.Points.Select(point =>
        {
            var path = point.Resolved.TopologyPath;
            if (!topologies.TryGetValue(path, out var topology))
            {
                topologies[path] = topology = ContentHash(path);
            }
            var scenario = point.Resolved.Scenario with { Repetitions = 1, Name = "x", Description = "x", ChangesFromDefault = [], Sweep = [] };
            var trace = point.Resolved.Scenario.TracePath is { } tracePath ? "\n" + ContentHash(tracePath) : "";
            return StableHash.Fnv1a64(Output.Manifest.ScenarioJson(scenario) + "\n" + topology + trace + "\n" + CodeIdentity).ToString("x16", CultureInfo.InvariantCulture);
        })];
    }

    /// <summary>The FNV-1a hash of a file's text, 16 hex digits: what a plan id and a point key know of a topology file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The hash.</returns>
    public static string ContentHash(string path) =>
        StableHash.Fnv1a64(File.ReadAllText(path)).ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>
    /// The units of <paramref name="plan"/> that the results in <paramref name="directory"/> already hold, renumbered to
    /// the plan's points, ordered by point and repetition.
    /// </summary>
    /// <param name="directory">A results folder of ours, complete and consistent.</param>
    /// <param name="previous">Its points: values and keys, as its manifest lists them.</param>
    /// <param name="plan">The plan about to run.</param>
    /// <returns>The reusable units (empty if none).</returns>
    public static IReadOnlyList<UnitResult> From(string directory, IReadOnlyList<(IReadOnlyList<string> Values, string Key)> previous, SweepPlan plan)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(plan);
        var wanted = new Dictionary<string, SweepPoint>(StringComparer.Ordinal);
        foreach (var (point, key) in plan.Points.Zip(PointKeys(plan)))
        {
            wanted.TryAdd(key, point);
        }
        var matches = previous.Where(p => wanted.ContainsKey(p.Key)).ToDictionary(p => string.Join("\u0001", p.Values), p => wanted[p.Key], StringComparer.Ordinal);
        if (matches.Count == 0)
        {
            return [];
        }
        var columns = previous[0].Values.Count;
        var runs = Rows(Path.Combine(directory, "runs.csv"), columns, matches, plan.Repetitions);
        var traces = Rows(Path.Combine(directory, "tau-trace.csv"), columns, matches, plan.Repetitions);
        return [.. runs.OrderBy(r => r.Key.Point).ThenBy(r => r.Key.Repetition)
            .Select(r => new UnitResult(r.Key.Point, r.Key.Repetition, r.Value, traces.TryGetValue(r.Key, out var t) ? t : []))];
    }

    private static Dictionary<(int Point, int Repetition), List<string[]>> Rows(string path, int columns, Dictionary<string, SweepPoint> matches, int repetitions)
    {
        var document = CsvDocument.Load(path);
        var rows = new Dictionary<(int, int), List<string[]>>();
        foreach (var record in document.Records)
        {
            var fields = record.Fields;
            if (fields.Count < columns + 2 || !matches.TryGetValue(string.Join("\u0001", fields.Take(columns)), out var point)
                || !int.TryParse(fields[columns + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var repetition) || repetition >= repetitions)
            {
                continue;
            }
            if (!rows.TryGetValue((point.Index, repetition), out var list))
            {
                rows[(point.Index, repetition)] = list = [];
            }
            list.Add([.. fields.Skip(columns)]);
        }
        return rows;
    }
}
