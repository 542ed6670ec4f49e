using System.Globalization;

namespace NetBalanceSim.Experiments.Scenarios;

/// <summary>
/// The unit and numeric range of every scenario key, for <c>netbalance-sim keys</c>, <c>docs/keys.md</c> and the JSON
/// schema. The ranges are the ones <see cref="ScenarioKey.Check"/> enforces (a test checks both ends of each).
/// </summary>
public static class ScenarioKeyDocs
{
    private const double Max = ScenarioKeys.MaxMagnitude;

    private static readonly Dictionary<string, KeyDoc> Docs = new(StringComparer.Ordinal)
    {
        ["name"] = new(""),
        ["description"] = new(""),
        ["changesFromDefault"] = new(""),
        ["repetitions"] = new("repetitions", 1, 100_000),
        ["baseSeed"] = new("", 0, long.MaxValue / 2),
        ["topology"] = new(""),
        ["topologyLenient"] = new(""),
        ["topologyLargestComponent"] = new(""),
        ["physicalNodes"] = new("physical nodes", 1, 4096),
        ["cpusPerNode"] = new("CPUs (VMs) per node", 1, 1024),
        ["TpSeconds"] = new("virtual s", 0, Max, ExclusiveMinimum: true),
        ["ToSeconds"] = new("real s", 0, Max),
        ["RateMbps"] = new("Mbit/s", 0, Max),
        ["sinkChanges"] = new("changes", 0, 100_000),
        ["sinkIntervalSeconds"] = new("virtual s", 0, Max, ExclusiveMinimum: true),
        ["coordinatorMovesPerSecond"] = new("moves per real s", 0, Max),
        ["changeThreshold"] = new("fraction (0.05 = 5%)", 0, Max),
        ["strategy"] = new(""),
        ["cleanup"] = new(""),
        ["retryAfterFailedSearch"] = new(""),
        ["chiWindow"] = new("", Meaning: "the window over which chi judges a re-placement: paper (Tp - To) or learned (the expected time to the next load change)"),
        ["oracle"] = new(""),
        ["oracleMovesPerVnode"] = new("moves per vnode", 0, 1_000_000),
        ["predictor"] = new(""),
        ["ewmaAlpha"] = new("weight", 0, 1, ExclusiveMinimum: true),
        ["chiFormula"] = new("", Meaning: "the formula of the objective chi: literal (paper eq. 1 as written) or unitConsistent (the window Tp - To / tau in virtual seconds)"),
        ["reoptimizeWhileImproving"] = new(""),
        ["controllerLagSeconds"] = new("real s", 0, Max),
        ["initialPlacementMovesPerVnode"] = new("moves per vnode", 0, 1_000_000),
        ["initialPlacementFullBudgetVertices"] = new("vertices", 1, 2_000_000_000),
        ["cpuIdle"] = Constant("CPU-s per virtual s", "CPU a vnode uses when it forwards nothing"),
        ["kFwd"] = Constant("CPU-s per Gbit", "CPU a vnode spends forwarding traffic (in + out)"),
        ["sigmaIntra"] = Constant("CPU-s per Gbit", "link emulation cost of a link inside one VM, on that VM"),
        ["sigmaInterVm"] = Constant("CPU-s per Gbit", "link emulation cost of a link between two VMs of one physical node, on each VM"),
        ["sigmaInterPn"] = Constant("CPU-s per Gbit", "link emulation cost of a link between two physical nodes, on each VM"),
        ["rho"] = new("", 0, 1, ExclusiveMinimum: true, Meaning: "the tau controller's set-point utilisation of the busiest VM"),
        ["tauMin"] = new("", 1, Max, Meaning: "the smallest time dilation factor: the testbed never runs faster than real time"),
        ["nicMbps"] = new("Mbit/s per direction", 0.001, Max, Meaning: "NIC capacity of a physical node per direction; null (the default) for no NIC limit"),
        ["MemoryMB"] = Constant("MB", "memory of a vnode, copied by a migration (paper Table 1: mem)"),
        ["suspendMsPerVnode"] = Constant("ms per vnode", "suspending a vnode before its migration (paper Table 1)"),
        ["resumeMsPerVnode"] = Constant("ms per vnode", "resuming a vnode after its migration (paper Table 1)"),
        ["snapshotMsPerMB"] = Constant("ms per MB", "taking a vnode's snapshot (paper Table 1)"),
        ["transferSameNodeMsPerMB"] = Constant("ms per MB", "moving a snapshot between VMs of one physical node (paper Table 1)"),
        ["transferOtherNodeMsPerMB"] = Constant("ms per MB", "moving a snapshot to another physical node (paper Table 1)"),
        ["restoreMsPerMB"] = Constant("ms per MB", "restoring a vnode from its snapshot (paper Table 1)"),
        ["reattachMsPerVnode"] = Constant("ms per vnode", "re-attaching a migrated vnode's links (paper Table 1)"),
    };

    /// <summary>The documentation of a key.</summary>
    /// <param name="key">A key of <see cref="ScenarioKeys.All"/>.</param>
    /// <returns>Its unit and range.</returns>
    /// <exception cref="KeyNotFoundException">The key is not documented (a test keeps every key documented).</exception>
    public static KeyDoc For(ScenarioKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Docs[key.Name];
    }

    /// <summary>The keys that are documented, for the test that every key is.</summary>
    public static IEnumerable<string> Documented => Docs.Keys;

    /// <summary>The key's meaning: its documented meaning, else its help text.</summary>
    /// <param name="key">The key.</param>
    /// <returns>One line of text.</returns>
    public static string Meaning(ScenarioKey key) => For(key).Meaning ?? key.Help;

    /// <summary>The allowed values in words: a numeric range, the choices, or what the key takes.</summary>
    /// <param name="key">The key.</param>
    /// <returns>One short line, e.g. <c>&gt; 0 .. 1e9</c>.</returns>
    public static string Range(ScenarioKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var doc = For(key);
        if (key.Choices is { } choices)
        {
            return string.Join(" | ", choices);
        }
        var whole = key.Kind == ScenarioValueKind.WholeNumber;
        var range = doc.Minimum is { } min ? $"{(doc.ExclusiveMinimum ? "> " : "")}{Show(min, whole)} .. {Show(doc.Maximum!.Value, whole)}" : null;
        return key.Kind switch
        {
            ScenarioValueKind.Boolean => "true | false",
            ScenarioValueKind.NullableNumber => $"null | {range}",
            ScenarioValueKind.Text => "text",
            ScenarioValueKind.TextList => "list of keys",
            _ => range ?? "",
        };
    }

    /// <summary>The key's default (its value in a scenario that leaves it out), as JSON text.</summary>
    /// <param name="key">The key.</param>
    /// <returns>E.g. <c>10</c>, <c>"grid"</c>, <c>null</c>.</returns>
    public static string Default(ScenarioKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Name switch
        {
            "name" => "(the file's name)",
            "description" => "(required)",
            _ => key.Get(new Scenario()) switch
            {
                null => "null",
                bool flag => flag ? "true" : "false",
                string text => $"\"{text}\"",
                string[] list => "[" + string.Join(", ", list.Select(t => $"\"{t}\"")) + "]",
                IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString() ?? "",
            },
        };
    }

    /// <summary>A range end as written in the docs: 1e9 for the largest magnitude, else the number.</summary>
    private static string Show(double value, bool whole) =>
        whole ? WholeBound(value).ToString("N0", CultureInfo.InvariantCulture)
        : value == Max ? "1e9" : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A bound of a whole-number key as the whole number it stands for (the largest seed is not a double).</summary>
    /// <param name="value">The bound.</param>
    /// <returns>The bound, at most <c>long.MaxValue / 2</c>.</returns>
    public static long WholeBound(double value) => value >= long.MaxValue / 2 ? long.MaxValue / 2 : (long)value;

    private static KeyDoc Constant(string unit, string meaning) => new(unit, 0, Max, Meaning: meaning);
}
