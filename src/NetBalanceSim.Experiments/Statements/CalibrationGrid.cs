using NetBalanceSim.Experiments.Scenarios;

namespace NetBalanceSim.Experiments.Statements;

/// <summary>The candidate grid of a calibration: the Cartesian product of each key's values (<c>KEY=V1,V2,...</c>).</summary>
public static class CalibrationGrid
{
    /// <summary>
    /// The grid <c>calibrate</c> searches by default: the cross-node link cost and the coordinator's speed, the two
    /// constants that set the size of the gain and Fig. 6's trade-off (docs/model.md, "Calibration").
    /// </summary>
    public static IReadOnlyList<string> Default { get; } = ["sigmaInterPn=0.45,0.6", "coordinatorMovesPerSecond=50000,100000,200000"];

    /// <summary>The most candidates a grid may have.</summary>
    public const int MaxCandidates = 64;

    /// <summary>Parses the grid and lists its candidates.</summary>
    /// <param name="axes">Each axis as <c>KEY=V1,V2,...</c> with a scenario key.</param>
    /// <param name="refused">Keys a candidate may not set, each with the reason (e.g. a key the figures sweep), or null.</param>
    /// <returns>The candidates, first axis slowest.</returns>
    /// <exception cref="ScenarioException">
    /// An axis is malformed, names an unknown or refused key or the same key twice, has a value the key does not take,
    /// or the grid is too large; the message names <c>--grid</c> and the axis.
    /// </exception>
    public static IReadOnlyList<CalibrationCandidate> Parse(IReadOnlyList<string> axes, IReadOnlyDictionary<string, string>? refused = null)
    {
        ArgumentNullException.ThrowIfNull(axes);
        var parsed = new List<(string Key, string[] Values)>();
        foreach (var axis in axes)
        {
            if (!KeyValueText.TrySplit(axis, out var key, out var list) || list.Length == 0)
            {
                throw new ScenarioException($"--grid {axis}: expected KEY=V1,V2,... with a scenario key, e.g. --grid sigmaInterPn=0.45,0.6");
            }
            if (ScenarioKeys.Find(key) is not { } scenarioKey)
            {
                throw new ScenarioException($"--grid {axis}: {key} is not a scenario key; did you mean '{NetBalance.NameSuggestion.Closest(key, ScenarioKeys.All.Select(k => k.Name))}'? ('netbalance-sim keys' lists them)");
            }
            if (refused is not null && refused.TryGetValue(key, out var why))
            {
                throw new ScenarioException($"--grid {axis}: a candidate cannot set {key}: {why}");
            }
            if (parsed.Any(p => p.Key == key))
            {
                throw new ScenarioException($"--grid {axis}: {key} is given twice; list all its values in one --grid");
            }
            var values = list.Split(',');
            if (values.Any(v => v.Length == 0) || values.Distinct(StringComparer.Ordinal).Count() != values.Length)
            {
                throw new ScenarioException($"--grid {axis}: the values must be distinct and non-empty, separated by commas");
            }
            foreach (var value in values)
            {
                var problem = scenarioKey.TryParse(value, out var typed, out var unreadable) ? scenarioKey.Check(typed) : unreadable;
                if (problem is not null)
                {
                    throw new ScenarioException($"--grid {axis}: {key}={value}: {problem}");
                }
            }
            parsed.Add((key, values));
        }
        if (parsed.Count == 0)
        {
            throw new ScenarioException("--grid: give at least one KEY=V1,V2,...");
        }
        var count = parsed.Aggregate(1L, (n, p) => n * p.Values.Length);
        if (count > MaxCandidates)
        {
            throw new ScenarioException($"--grid: {count} candidates (the product of {string.Join(" x ", parsed.Select(p => p.Values.Length))}); at most {MaxCandidates}");
        }
        var candidates = new List<CalibrationCandidate>();
        var indices = new int[parsed.Count];
        for (var c = 0; c < count; c++)
        {
            candidates.Add(new CalibrationCandidate(c, [.. parsed.Select((p, i) => new KeyValuePair<string, string>(p.Key, p.Values[indices[i]]))]));
            for (var position = parsed.Count - 1; position >= 0 && ++indices[position] == parsed[position].Values.Length; position--)
            {
                indices[position] = 0;
            }
        }
        return candidates;
    }
}
