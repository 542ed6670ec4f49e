using System.Globalization;
using NetBalance;
using System.Text.Json;
using NetBalanceSim.Experiments.Components;
using NetBalanceSim.Testbed;

namespace NetBalanceSim.Experiments.Scenarios;

/// <summary>Every key a scenario file may hold, in the order manifests list them.</summary>
public static class ScenarioKeys
{

    /// <summary>All keys: the experiment's, then the cost model's constants under the engine's names.</summary>
    public static IReadOnlyList<ScenarioKey> All { get; } = [.. ExperimentKeys(), .. ConstantKeys()];

    /// <summary>The key called <paramref name="name"/> (case-sensitive), or null.</summary>
    /// <param name="name">The key.</param>
    /// <returns>The key's descriptor, or null if there is none.</returns>
    public static ScenarioKey? Find(string name) => All.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.Ordinal));

    /// <summary>The one-line complaint about an unknown key, with the closest valid one suggested.</summary>
    /// <param name="source">The file or option the key came from.</param>
    /// <param name="name">The unknown key.</param>
    /// <returns>The error.</returns>
    public static ScenarioException Unknown(string source, string name) =>
        ScenarioException.ForKey(source, name, $"unknown key; did you mean '{NameSuggestion.Closest(name, All.Select(k => k.Name))}'?");

    private static IEnumerable<ScenarioKey> ExperimentKeys()
    {
        yield return Text("name", "the scenario's name, used as the results folder: 1 to 100 letters, digits, '-', '_' or '.', not starting with '.'", s => s.Name, (s, v) => s with { Name = v }, IsFolderName);
        yield return Text("description", "what the scenario shows", s => s.Description, (s, v) => s with { Description = v }, v => v.Length > 0 ? null : "must not be empty");
        yield return new ScenarioKey("changesFromDefault", ScenarioValueKind.TextList, "the keys in which this file differs from default.json",
            s => s.ChangesFromDefault.ToArray(), (s, v) => s with { ChangesFromDefault = (string[])v! }, CheckKnownKeys);
        yield return Integer("repetitions", "repetitions per setup, 1 to 100000", s => s.Repetitions, (s, v) => s with { Repetitions = (int)v }, 1, 100_000, "repetitions");
        yield return Integer("baseSeed", "repetition r uses run seed baseSeed + r; 0 or more", s => s.BaseSeed, (s, v) => s with { BaseSeed = v }, 0, long.MaxValue / 2);
        yield return Text("topology", "internet, grid, campus, waxman (shipped), or a path to a topology file (relative to the scenario file; with --set, to the current folder)", s => s.Topology, (s, v) => s with { Topology = v }, v => v.Length > 0 ? null : "must not be empty");
        yield return Flag("topologyLenient", "drop the topology file's self-loops and duplicate links with a warning instead of refusing it (false by default)", s => s.TopologyLenient, (s, v) => s with { TopologyLenient = v });
        yield return Flag("topologyLargestComponent", "keep only the topology's largest connected component, with a warning saying what was dropped (false by default)", s => s.TopologyLargestComponent, (s, v) => s with { TopologyLargestComponent = v });
        yield return Integer("physicalNodes", "physical nodes, 1 to 4096", s => s.Run.Shape.PhysicalNodes, (s, v) => Run(s, r => r with { Shape = new TestbedShape((int)v, r.Shape.CpusPerNode) }), 1, 4096, "physical nodes");
        yield return Integer("cpusPerNode", "CPUs (one VM each) per physical node, 1 to 1024", s => s.Run.Shape.CpusPerNode, (s, v) => Run(s, r => r with { Shape = new TestbedShape(r.Shape.PhysicalNodes, (int)v) }), 1, 1024, "CPUs (VMs) per node");
        yield return Number("TpSeconds", "prediction window Tp in virtual seconds, above 0 up to 1e9", s => s.Run.Coordinator.Objective.TpSeconds, (s, v) => Objective(s, o => o with { TpSeconds = v }), AboveZero, "virtual s");
        yield return Number("ToSeconds", "optimisation time To in real seconds, 0 to TpSeconds", s => s.Run.Coordinator.Objective.ToSeconds, (s, v) => Objective(s, o => o with { ToSeconds = v }), ZeroOrMore, "real s");
        yield return Flag("ToLearned", "learn To online from every search's anytime curve, starting from ToSeconds (false: the paper's fixed To)", s => s.Run.Coordinator.LearnOptimisationTime, (s, v) => Coordinator(s, c => c with { LearnOptimisationTime = v }));
        yield return Integer("learnedToExploreEvery", "with ToLearned, every how many searches a longer To is tried, 0 (never) to 1000000", s => s.Run.Coordinator.LearnedToExploreEvery, (s, v) => Coordinator(s, c => c with { LearnedToExploreEvery = (int)v }), 0, 1_000_000, "searches");
        yield return Number("RateMbps", "each source's stream in Mbit/s, 0 to 1e9", s => s.RateMbps, (s, v) => s with { RateMbps = v }, ZeroOrMore, "Mbit/s");
        yield return Integer("sinkChanges", "how often the sink changes, 0 to 100000", s => s.SinkChanges, (s, v) => s with { SinkChanges = (int)v }, 0, 100_000, "changes");
        yield return Number("sinkIntervalSeconds", "virtual seconds between sink changes, above 0 up to 1e9", s => s.Run.SinkIntervalSeconds, (s, v) => Run(s, r => r with { SinkIntervalSeconds = v }), AboveZero, "virtual s");
        foreach (var key in WorkloadKeys())
        {
            yield return key;
        }
        yield return Number("coordinatorMovesPerSecond", "annealer moves the simulated coordinator evaluates per second of To, 0 to 1e9", s => s.Run.Coordinator.CoordinatorMovesPerSecond, (s, v) => Coordinator(s, c => c with { CoordinatorMovesPerSecond = v }), ZeroOrMore, "moves per real s");
        yield return Number("changeThreshold", "relative change of a VM's load that starts a re-placement, 0 to 1e9", s => s.Run.Coordinator.ChangeThreshold, (s, v) => Coordinator(s, c => c with { ChangeThreshold = v }), ZeroOrMore, "fraction (0.05 = 5%)");
        yield return Component("strategy", ComponentCatalog.Strategies, s => s.Strategy, (s, v) => s with { Strategy = v });
        yield return Flag("cleanup", "move back, after every search, each migrated vnode whose return does not raise chi (off for ablations)", s => s.Run.Coordinator.Cleanup, (s, v) => Coordinator(s, c => c with { Cleanup = v }));
        yield return Flag("retryAfterFailedSearch", "search again at the next report after a search that deployed nothing", s => s.Run.Coordinator.RetryAfterFailedSearch, (s, v) => Coordinator(s, c => c with { RetryAfterFailedSearch = v }));
        yield return EnumChoice("chiWindow", s => s.Run.Coordinator.ChiWindow, (s, v) => Coordinator(s, c => c with { ChiWindow = v }),
            "the window over which chi judges a re-placement: paper (Tp - To) or learned (the expected time to the next load change)");
        yield return Flag("oracle", "also run the clairvoyant oracle in every repetition and report the regret", s => s.Oracle, (s, v) => s with { Oracle = v });
        yield return Integer("oracleMovesPerVnode", "the oracle's budget per decision in moves per vnode, 0 to 1000000", s => s.OracleMovesPerVnode, (s, v) => s with { OracleMovesPerVnode = (int)v }, 0, 1_000_000, "moves per vnode");
        yield return Component("predictor", ComponentCatalog.Predictors, s => s.Predictor, (s, v) => s with { Predictor = v });
        yield return Number("ewmaAlpha", "weight of the newest report in the ewma predictor, above 0 up to 1", s => s.EwmaAlpha, (s, v) => s with { EwmaAlpha = v }, new KeyDoc("", 0, 1, ExclusiveMinimum: true), "weight");
        yield return Integer("windowMeanReports", "how many of the latest reports the windowMean predictor averages, 1 to 100", s => s.WindowMeanReports, (s, v) => s with { WindowMeanReports = (int)v }, 1, WindowMeanLoadPredictor.MaxReports, "reports");
        yield return Integer("arOrder", "order p of the ar predictor's autoregressive model (past reports it regresses on), 1 to 32", s => s.ArOrder, (s, v) => s with { ArOrder = (int)v }, 1, ArSeriesFit.MaxOrder, "reports");
        yield return Number("tendencyAdaptDegree", "how far the tendency predictor's increment and decrement factor move toward each new change, 0 (last value) to 1", s => s.TendencyAdaptDegree, (s, v) => s with { TendencyAdaptDegree = v }, new KeyDoc("", 0, 1), "fraction");
        yield return EnumChoice("chiFormula", s => s.Run.Coordinator.Objective.Formula, (s, v) => Objective(s, o => o with { Formula = v }),
            "the formula of the objective chi: literal (paper eq. 1 as written) or unitConsistent (the window Tp - To / tau in virtual seconds)");
        yield return Flag("reoptimizeWhileImproving", "optimise again after a deployment without a load change", s => s.Run.Coordinator.ReoptimizeWhileImproving, (s, v) => Coordinator(s, c => c with { ReoptimizeWhileImproving = v }));
        yield return Number("controllerLagSeconds", "the tau controller's lag in real seconds, 0 to 1e9", s => s.Run.ControllerLagSeconds, (s, v) => Run(s, r => r with { ControllerLagSeconds = v }), ZeroOrMore, "real s");
        yield return Integer("initialPlacementMovesPerVnode", "the initial placement's annealing budget per vnode, 0 to 1000000", s => s.Placer.MovesPerVnode, (s, v) => s with { Placer = s.Placer with { MovesPerVnode = (int)v } }, 0, 1_000_000, "moves per vnode");
        yield return Integer("initialPlacementFullBudgetVertices", "level size up to which the initial placement gets its full budget per vertex (above: square-root growth), 1 to 2000000000", s => s.Placer.FullBudgetVertices, (s, v) => s with { Placer = s.Placer with { FullBudgetVertices = (int)v } }, 1, 2_000_000_000, "vertices");
    }

    /// <summary>The workload's keys and the monitor's noise (DESIGN §5 "Workloads, monitoring and predictors"; docs/workloads.md).</summary>
    private static IEnumerable<ScenarioKey> WorkloadKeys()
    {
        yield return Component("workload", ComponentCatalog.Workloads, s => s.Workload, (s, v) => s with { Workload = v });
        yield return Text("traceFile", "the flow trace (CSV, docs/workloads.md) of workload trace: a path relative to the scenario file (with --set, to the current folder); empty for none",
            s => s.TraceFile, (s, v) => s with { TraceFile = v }, _ => null);
        yield return Number("onOffMeanOnSeconds", "mean time a source of workload onOff sends, above 0 up to 1e9", s => s.OnOffMeanOnSeconds, (s, v) => s with { OnOffMeanOnSeconds = v }, AboveZero, "virtual s");
        yield return Number("onOffMeanOffSeconds", "mean time a source of workload onOff is silent, above 0 up to 1e9", s => s.OnOffMeanOffSeconds, (s, v) => s with { OnOffMeanOffSeconds = v }, AboveZero, "virtual s");
        yield return Integer("hotspots", "the number of sinks of workload hotspots, 1 to 100000 (fewer than the topology's vnodes)", s => s.Hotspots, (s, v) => s with { Hotspots = (int)v }, 1, 100_000, "sinks");
        yield return Number("hotspotMeanIntervalSeconds", "mean time between two moves of one hotspot, above 0 up to 1e9", s => s.HotspotMeanIntervalSeconds, (s, v) => s with { HotspotMeanIntervalSeconds = v }, AboveZero, "virtual s");
        yield return Number("monitorNoise", "sigma of the lognormal factor (mean 1) on every reported value, 0 to 10; 0 for the paper's exact reports", s => s.MonitorNoise, (s, v) => s with { MonitorNoise = v },
            new KeyDoc("", 0, 10), "sigma of ln(factor)");
    }

    private static IEnumerable<ScenarioKey> ConstantKeys() =>
        CostModelConstants.Names.Select(name => ConstantKey(name) with { Doc = ConstantDocs().TryGetValue(name, out var doc) ? doc : Constant("", "a cost-model constant (docs/model.md)") });

    /// <summary>The unit and meaning of the cost model's constants (a constant missing here is listed with its name only).</summary>
    // A method, not a static field: the key list above is built while the class's static fields are still being set.
    private static Dictionary<string, KeyDoc> ConstantDocs() => new(StringComparer.Ordinal)
    {
        ["cpuIdle"] = Constant("CPU-s per virtual s", "CPU a vnode uses when it forwards nothing"),
        ["kFwd"] = Constant("CPU-s per Gbit", "CPU a vnode spends forwarding traffic (in + out)"),
        ["sigmaIntra"] = Constant("CPU-s per Gbit", "link emulation cost of a link inside one VM, on that VM"),
        ["sigmaInterVm"] = Constant("CPU-s per Gbit", "link emulation cost of a link between two VMs of one physical node, on each VM"),
        ["sigmaInterPn"] = Constant("CPU-s per Gbit", "link emulation cost of a link between two physical nodes, on each VM"),
        ["rho"] = new("", 0, 1, ExclusiveMinimum: true, Meaning: "the tau controller's set-point utilisation of the busiest VM"),
        ["tauMin"] = new("", 1, MaxMagnitude, Meaning: "the smallest time dilation factor: the testbed never runs faster than real time"),
        ["nicMbps"] = new("Mbit/s per direction", 0.001, MaxMagnitude, Meaning: "NIC capacity of a physical node per direction; null (the default) for no NIC limit"),
        ["MemoryMB"] = Constant("MB", "memory of a vnode, copied by a migration (paper Table 1: mem)"),
        ["suspendMsPerVnode"] = Constant("ms per vnode", "suspending a vnode before its migration (paper Table 1)"),
        ["resumeMsPerVnode"] = Constant("ms per vnode", "resuming a vnode after its migration (paper Table 1)"),
        ["snapshotMsPerMB"] = Constant("ms per MB", "taking a vnode's snapshot (paper Table 1)"),
        ["transferSameNodeMsPerMB"] = Constant("ms per MB", "moving a snapshot between VMs of one physical node (paper Table 1)"),
        ["transferOtherNodeMsPerMB"] = Constant("ms per MB", "moving a snapshot to another physical node (paper Table 1)"),
        ["restoreMsPerMB"] = Constant("ms per MB", "restoring a vnode from its snapshot (paper Table 1)"),
        ["reattachMsPerVnode"] = Constant("ms per vnode", "re-attaching a migrated vnode's links (paper Table 1)"),
    };

    private static KeyDoc Constant(string unit, string meaning) => new(unit, 0, MaxMagnitude, Meaning: meaning);

    private static ScenarioKey ConstantKey(string name) =>
        name == "nicMbps"
            ? new ScenarioKey(name, ScenarioValueKind.NullableNumber, "NIC capacity per direction in Mbit/s, 0.001 to 1e9; null for none (the default)",
                s => double.IsPositiveInfinity(s.Constants.Get(name)) ? null : s.Constants.Get(name),
                (s, v) => WithConstants(s, s.Constants.With(name, v is double d ? d : double.PositiveInfinity)),
                v => v is null ? null : Bounded((double)v) ?? ((double)v >= 0.001 ? null : "must be at least 0.001, or null for no NIC limit"))
            : new ScenarioKey(name, ScenarioValueKind.Number, "a cost-model constant (see docs/model.md for its unit), at most 1e9",
                s => s.Constants.Get(name),
                (s, v) => WithConstants(s, s.Constants.With(name, (double)v!)),
                name == "tauMin" ? CheckTauMin : v => Bounded((double)v!));

    /// <summary>
    /// The simulated testbed never runs faster than real time (DESIGN: tauMin 1), which also guarantees that a
    /// report never comes before the deployment decided at the previous one has started (Tp >= To).
    /// </summary>
    private static string? CheckTauMin(object? value) =>
        Bounded((double)value!) ?? ((double)value! >= 1 ? null : "must be at least 1 (the testbed never runs faster than real time)");

    private static ScenarioKey Integer(string name, string help, Func<Scenario, long> get, Func<Scenario, long, Scenario> set, long min, long max, string unit = "") =>
        new(name, ScenarioValueKind.WholeNumber, help, s => get(s), (s, v) => set(s, (long)v!),
            v => (long)v! >= min && (long)v <= max ? null : string.Create(CultureInfo.InvariantCulture, $"must be from {min} to {max}"))
        {
            Doc = new KeyDoc(unit, min, max),
        };

    /// <summary>
    /// The largest magnitude of any number key: far above every meaningful value (a billion seconds, Mbit/s or moves per
    /// second), and small enough that sums and products of a few such values stay finite in the model.
    /// </summary>
    public const double MaxMagnitude = 1e9;

    /// <summary>A number key whose allowed values are <paramref name="range"/> (its unit given apart).</summary>
    private static ScenarioKey Number(string name, string help, Func<Scenario, double> get, Func<Scenario, double, Scenario> set, KeyDoc range, string unit) =>
        new(name, ScenarioValueKind.Number, help, s => get(s), (s, v) => set(s, (double)v!), v => Bounded((double)v!) ?? Within((double)v!, range))
        {
            Doc = range with { Unit = unit },
        };

    /// <summary>Numbers above 0 (up to <see cref="MaxMagnitude"/>).</summary>
    private static KeyDoc AboveZero => new("", 0, MaxMagnitude, ExclusiveMinimum: true);

    /// <summary>Numbers from 0 (up to <see cref="MaxMagnitude"/>).</summary>
    private static KeyDoc ZeroOrMore => new("", 0, MaxMagnitude);

    /// <summary>What is wrong with <paramref name="value"/> outside <paramref name="range"/>, or null.</summary>
    private static string? Within(double value, KeyDoc range)
    {
        var (min, max) = (range.Minimum!.Value, range.Maximum!.Value);
        var aboveMin = range.ExclusiveMinimum ? value > min : value >= min;
        if (aboveMin && value <= max)
        {
            return null;
        }
        var (low, high) = (min.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture));
        return (range.ExclusiveMinimum, max >= MaxMagnitude) switch
        {
            (true, true) => $"must be above {low}",
            (true, false) => $"must be above {low} and at most {high}",
            (false, true) => $"must be {low} or more",
            (false, false) => $"must be from {low} to {high}",
        };
    }

    /// <summary>What is wrong with a number that is not finite or above <see cref="MaxMagnitude"/>, or null.</summary>
    private static string? Bounded(double value) =>
        !double.IsFinite(value) ? "must be a finite number" : Math.Abs(value) > MaxMagnitude ? "must be at most 1e9" : null;

    private static ScenarioKey Text(string name, string help, Func<Scenario, string> get, Func<Scenario, string, Scenario> set, Func<string, string?> check) =>
        new(name, ScenarioValueKind.Text, help, s => get(s), (s, v) => set(s, (string)v!), v => JsonText.IsWellFormed((string)v!) ? check((string)v!) : JsonText.LoneSurrogate);

    private static ScenarioKey Choice(string name, string[] choices, Func<Scenario, string> get, Func<Scenario, string, Scenario> set)
    {
        var key = Text(name, "one of " + string.Join(", ", choices), get, set, v => choices.Contains(v, StringComparer.Ordinal)
            ? null
            : $"must be one of {string.Join(", ", choices)} (did you mean '{NameSuggestion.Closest(v, choices)}'?)");
        return key with { Choices = choices };
    }

    private static ScenarioKey Component<TContext, T>(string name, IReadOnlyList<Component<TContext, T>> components, Func<Scenario, string> get, Func<Scenario, string, Scenario> set)
    {
        var key = Choice(name, [.. components.Select(c => c.Name)], get, set);
        return key with
        {
            Help = "one of: " + string.Join("; ", components.Select(c =>
                c.Parameters.Count == 0 ? $"{c.Name} ({c.Description})" : $"{c.Name} ({c.Description}; keys {string.Join(", ", c.Parameters)})")),
        };
    }

    /// <summary>A choice among an enum's values, written in camel case (<c>ChiWindow.Learned</c> is <c>learned</c>).</summary>
    private static ScenarioKey EnumChoice<T>(string name, Func<Scenario, T> get, Func<Scenario, T, Scenario> set, string meaning)
        where T : struct, Enum
    {
        string Text(T value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
        var values = Enum.GetValues<T>();
        var names = values.Select(Text).ToArray();
        return Choice(name, names, s => Text(get(s)), (s, v) => set(s, values[Array.IndexOf(names, v)])) with { Doc = new KeyDoc("", Meaning: meaning) };
    }

    private static Scenario Run(Scenario s, Func<TestbedRunSettings, TestbedRunSettings> change) => s with { Run = change(s.Run) };

    private static Scenario Coordinator(Scenario s, Func<CoordinatorOptions, CoordinatorOptions> change) =>
        Run(s, r => r with { Coordinator = change(r.Coordinator) });

    private static Scenario Objective(Scenario s, Func<ChiObjective, ChiObjective> change) =>
        Coordinator(s, c => c with { Objective = change(c.Objective) });

    private static Scenario WithConstants(Scenario s, CostModelConstants constants) =>
        Coordinator(s, c => c with { TestbedCost = constants.Testbed, MigrationCost = constants.Migration });

    private static ScenarioKey Flag(string name, string help, Func<Scenario, bool> get, Func<Scenario, bool, Scenario> set) =>
        new(name, ScenarioValueKind.Boolean, help, s => get(s), (s, v) => set(s, (bool)v!), _ => null);

    /// <summary>The longest scenario name: it names a folder, and file systems limit a name to 255 bytes.</summary>
    private const int MaxNameLength = 100;

    private static string? IsFolderName(string value) =>
        value.Length is > 0 and <= MaxNameLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && value[0] != '.'
            ? null
            : "must be a name of 1 to 100 letters, digits, '-', '_' or '.', not starting with '.' (it names the results folder)";

    private static string? CheckKnownKeys(object? value)
    {
        var unknown = ((string[])value!).FirstOrDefault(k => Find(k) is null);
        return unknown is null ? null : $"names the unknown key '{unknown}'";
    }
}
