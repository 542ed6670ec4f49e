using NetBalance;
using NetBalanceSim.Experiments.Scenarios;

namespace NetBalanceSim.Experiments.Sensitivity;

/// <summary>
/// The model constants <c>sensitivity</c> screens, each with its range (docs/model.md, "Sensitivity analysis", says
/// why). Absolute ranges do not depend on any scenario's value, so the defaults may change; the migration costs of
/// the paper's Table 1 are varied from half to twice the scenario's value.
/// </summary>
public static class SensitivityFactors
{
    /// <summary>The link-emulation costs, which must keep <c>sigmaIntra &lt;= sigmaInterVm &lt;= sigmaInterPn</c>, in that order.</summary>
    public static IReadOnlyList<string> OrderedSigmas { get; } = ["sigmaIntra", "sigmaInterVm", "sigmaInterPn"];

    /// <summary>Every factor, in the order of the tables before ranking.</summary>
    public static IReadOnlyList<SensitivityFactor> All { get; } =
    [
        Absolute("kFwd", 0.05, 0.2, "half to twice the calibrated forwarding cost"),
        Absolute("sigmaIntra", 0, 0.05, "a link inside one VM costs little, at most a sixth of one between VMs"),
        Absolute("sigmaInterVm", 0.15, 0.45, "the calibrated 0.3 plus or minus half"),
        Absolute("sigmaInterPn", 0.3, 1.2, "from the cost between VMs to 1.2, around the calibrated 0.45 and the first calibration's 0.6")
            with { MorrisRatio = new FactorRatio("sigmaInterVm", 1, 3) },
        Absolute("cpuIdle", 0, 0.01, "from nothing to ten times the calibrated idle load"),
        new("coordinatorMovesPerSecond", 12_500, 400_000, FactorScale.Log, false,
            "from a sixteenth to twice the calibrated 200,000 moves per second, spaced geometrically"),
        TableOne("suspendMsPerVnode"),
        TableOne("resumeMsPerVnode"),
        TableOne("snapshotMsPerMB"),
        TableOne("transferSameNodeMsPerMB"),
        TableOne("transferOtherNodeMsPerMB"),
        TableOne("restoreMsPerMB"),
        TableOne("reattachMsPerVnode"),
    ];

    /// <summary>The factors named in <paramref name="list"/> (comma-separated, in catalog order), or all for null or empty.</summary>
    /// <param name="list">The names, e.g. <c>kFwd,sigmaInterPn</c>.</param>
    /// <returns>The factors.</returns>
    /// <exception cref="ScenarioException">A name is not a factor, or appears twice.</exception>
    public static IReadOnlyList<SensitivityFactor> Select(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            return All;
        }
        var names = list.Split(',', StringSplitOptions.TrimEntries);
        foreach (var name in names)
        {
            if (Find(name) is null)
            {
                throw new ScenarioException($"--factors {list}: '{name}' is not a factor; did you mean '{NameSuggestion.Closest(name, All.Select(f => f.Name))}'? (factors: {string.Join(", ", All.Select(f => f.Name))})");
            }
        }
        var twice = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new ScenarioException($"--factors {list}: '{twice.Key}' appears twice");
        }
        return [.. All.Where(f => names.Contains(f.Name, StringComparer.Ordinal))];
    }

    /// <summary>The factor called <paramref name="name"/> (case-sensitive), or null.</summary>
    /// <param name="name">The scenario key.</param>
    /// <returns>The factor, or null.</returns>
    public static SensitivityFactor? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    private static SensitivityFactor Absolute(string name, double low, double high, string rationale) =>
        new(name, low, high, FactorScale.Linear, false, rationale);

    private static SensitivityFactor TableOne(string name) =>
        new(name, 0.5, 2, FactorScale.Log, true, "the paper's Table 1 measurement from half to twice, spaced geometrically");
}
