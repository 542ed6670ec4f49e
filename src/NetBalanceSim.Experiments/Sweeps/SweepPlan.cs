using System.Globalization;
using NetBalanceSim.Experiments.Scenarios;

namespace NetBalanceSim.Experiments.Sweeps;

/// <summary>
/// What a scenario runs: every point of its sweep (the Cartesian product of the swept values, first axis
/// slowest; a single point without a sweep) times its repetitions, each with and without NETbalance.
/// </summary>
public sealed class SweepPlan
{
    private SweepPlan(ResolvedScenario resolved, IReadOnlyList<SweepPoint> points, IReadOnlyList<string> skipped, IReadOnlyList<string>? filters = null)
    {
        Resolved = resolved;
        Points = points;
        Skipped = skipped;
        Filters = filters ?? [];
    }

    /// <summary>The <c>KEY=VALUE</c> filters that chose a subset of the sweep's points (<see cref="Where"/>); empty for the whole sweep.</summary>
    public IReadOnlyList<string> Filters { get; }

    /// <summary>The scenario as loaded (the sweep's base).</summary>
    public ResolvedScenario Resolved { get; }

    /// <summary>The swept keys: the point columns of the CSV files.</summary>
    public IReadOnlyList<string> Columns => [.. Resolved.Scenario.Sweep.Select(a => a.Key)];

    /// <summary>The points to run.</summary>
    public IReadOnlyList<SweepPoint> Points { get; }

    /// <summary>Points of the product that do not exist (e.g. 4 CPUs in all with 8 per node), described.</summary>
    public IReadOnlyList<string> Skipped { get; }

    /// <summary>Repetitions per point.</summary>
    public int Repetitions => Resolved.Scenario.Repetitions;

    /// <summary>Expands the sweep of <paramref name="resolved"/> and checks it against the limits of <see cref="PlanBudget"/>.</summary>
    /// <param name="resolved">The scenario.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ScenarioException">
    /// A point's combination of values is invalid (e.g. To above Tp), every point is skipped, or the plan is above a
    /// limit of work or memory.
    /// </exception>
    public static SweepPlan Of(ResolvedScenario resolved)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        var axes = resolved.Scenario.Sweep;
        var source = resolved.ScenarioPath;
        CheckPointCount(source, axes);
        var points = new List<SweepPoint>();
        var skipped = new List<string>();
        var sizes = new TopologySizes(source);
        var totalMoves = 0.0;
        foreach (var combination in Product(axes))
        {
            var values = combination.Select(Format).ToArray();
            var what = $"sweep point {Describe(axes, values)}";
            var scenario = Apply($"{source} ({what})", resolved.Scenario, axes, combination, out var missing);
            if (missing is not null)
            {
                skipped.Add($"{Describe(axes, values)}: {missing}");
                continue;
            }
            var pointResolved = ScenarioFile.Revalidate(resolved, scenario, what);
            var (vnodes, links) = sizes.Of(pointResolved);
            var pointSource = axes.Count == 0 ? source : $"{source} ({what})";
            ScenarioWorkload.Extent(pointSource, pointResolved.Scenario, vnodes); // reads a trace: its errors name this point
            PlanBudget.CheckPoint(pointSource, pointResolved.Scenario, vnodes, links);
            totalMoves += PlanBudget.MovesPerRepetition(pointResolved.Scenario, vnodes, links) * scenario.Repetitions;
            points.Add(new SweepPoint(points.Count, values, pointResolved));
        }
        if (points.Count == 0)
        {
            throw ScenarioException.ForKey(source, "sweep",
                $"every one of its {skipped.Count} points is skipped, so nothing would run (first: {skipped[0]}); change the swept values");
        }
        PlanBudget.CheckPlan(source, points.Count, resolved.Scenario.Repetitions, totalMoves);
        return new SweepPlan(resolved, points, skipped);
    }

    /// <summary>
    /// The points whose swept values match <paramref name="filters"/> (<c>KEY=VALUE</c>; several values of one key
    /// are alternatives, different keys must all match), renumbered from 0; the repetitions and seeds are unchanged.
    /// </summary>
    /// <param name="filters">The filters, e.g. <c>topology=grid</c>.</param>
    /// <returns>The smaller plan (this plan if there are no filters).</returns>
    /// <exception cref="ScenarioException">A filter is malformed, names a key the sweep does not vary or a value no point has, or none is left.</exception>
    public SweepPlan Where(IReadOnlyList<string> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (filters.Count == 0)
        {
            return this;
        }
        var wanted = new SortedDictionary<int, HashSet<string>>();
        foreach (var filter in filters)
        {
            if (!KeyValueText.TrySplit(filter, out var key, out var value))
            {
                throw new ScenarioException($"--where {filter}: expected KEY=VALUE with a swept key");
            }
            var column = Columns.ToList().IndexOf(key);
            if (column < 0)
            {
                throw new ScenarioException(Columns.Count == 0
                    ? $"--where {filter}: the scenario has no sweep"
                    : $"--where {filter}: {key} is not swept; the sweep varies {string.Join(", ", Columns)}");
            }
            var values = Points.Select(p => p.Values[column]).Distinct(StringComparer.Ordinal).ToList();
            if (!values.Contains(value, StringComparer.Ordinal))
            {
                throw new ScenarioException($"--where {filter}: no point has {key}={value}; its values are {string.Join(", ", values)}");
            }
            if (!wanted.TryGetValue(column, out var set))
            {
                wanted[column] = set = new HashSet<string>(StringComparer.Ordinal);
            }
            set.Add(value);
        }
        var kept = Points.Where(p => wanted.All(w => w.Value.Contains(p.Values[w.Key]))).Select((p, i) => p with { Index = i }).ToList();
        if (kept.Count == 0)
        {
            throw new ScenarioException($"--where {string.Join(" --where ", filters)}: no point has all of these values");
        }
        return new SweepPlan(Resolved, kept, Skipped, [.. Filters, .. filters.Order(StringComparer.Ordinal)]);
    }

    private static void CheckPointCount(string source, IReadOnlyList<SweepAxis> axes)
    {
        var count = 1L;
        foreach (var axis in axes)
        {
            count *= axis.Values.Count;
            if (count > PlanBudget.MaxPoints)
            {
                throw ScenarioException.ForKey(source, "sweep", string.Create(CultureInfo.InvariantCulture,
                    $"its lists make more than {PlanBudget.MaxPoints:N0} points (the product of their lengths: {string.Join(" x ", axes.Select(a => a.Values.Count))}); sweep fewer values"));
            }
        }
    }

    /// <summary>A value as written in the CSV files (numbers invariant, shortest round trip).</summary>
    /// <param name="value">A swept value.</param>
    /// <returns>The text.</returns>
    public static string Format(object? value) => value switch
    {
        null => "null",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        long integer => integer.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        _ => value.ToString() ?? "",
    };

    private static Scenario Apply(string source, Scenario scenario, IReadOnlyList<SweepAxis> axes, object?[] values, out string? missing)
    {
        missing = null;
        long? totalCpus = null;
        for (var i = 0; i < axes.Count; i++)
        {
            if (axes[i].Key == SweepAxis.TotalCpus)
            {
                totalCpus = (long)values[i]!;
                continue;
            }
            if (values[i] is SetupCase setup)
            {
                foreach (var (key, value) in setup.Values)
                {
                    scenario = ScenarioFile.Assign(source, scenario, ScenarioKeys.Find(key)!, value);
                }
                continue;
            }
            scenario = ScenarioFile.Assign(source, scenario, ScenarioKeys.Find(axes[i].Key)!, values[i]);
        }
        if (totalCpus is long total)
        {
            var physicalNodes = ScenarioKeys.Find("physicalNodes")!;
            if (total % scenario.CpusPerNode != 0)
            {
                missing = $"{total} CPUs cannot be made of nodes with {scenario.CpusPerNode} CPUs each";
                return scenario;
            }
            if (physicalNodes.Check(total / scenario.CpusPerNode) is { } problem)
            {
                missing = $"{total} CPUs would need {total / scenario.CpusPerNode} physical nodes of {scenario.CpusPerNode} CPUs; physicalNodes {problem}";
                return scenario;
            }
            scenario = physicalNodes.Set(scenario, total / scenario.CpusPerNode);
        }
        return scenario;
    }

    private static IEnumerable<object?[]> Product(IReadOnlyList<SweepAxis> axes)
    {
        var indices = new int[axes.Count];
        while (true)
        {
            yield return [.. axes.Select((axis, i) => axis.Values[indices[i]])];
            var position = axes.Count - 1;
            while (position >= 0 && ++indices[position] == axes[position].Values.Count)
            {
                indices[position--] = 0;
            }
            if (position < 0)
            {
                yield break;
            }
        }
    }

    private static string Describe(IReadOnlyList<SweepAxis> axes, string[] values) =>
        string.Join(", ", axes.Select((axis, i) => $"{axis.Key}={values[i]}"));
}
