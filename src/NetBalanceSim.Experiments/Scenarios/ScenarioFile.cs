using SharedSource;
using System.Text.Json;
using NetBalanceSim.Experiments.Data;

namespace NetBalanceSim.Experiments.Scenarios;

/// <summary>
/// Reads and validates scenario files: JSON with comments and trailing commas allowed, every key known, of
/// the right type and in range. Keys left out take DESIGN's defaults, except <c>description</c>, which every
/// file must have. Every problem is a <see cref="ScenarioException"/> naming the file and the key or line.
/// </summary>
public static class ScenarioFile
{
    /// <summary>The shipped topologies, found as <c>topologies/&lt;name&gt;.edges</c> in the data folder (<see cref="DataFolder"/>).</summary>
    public static IReadOnlyList<string> ShippedTopologies => DataFolder.TopologyNames;

    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The largest scenario file read (they are a few kilobytes).</summary>
    public const long MaxScenarioBytes = 16L << 20;

    /// <summary>
    /// Loads <paramref name="path"/> and applies <c>Key=Value</c> overrides in order. A path that is no file but a
    /// shipped scenario's name (<c>default</c>, <c>fig7</c>) loads <c>scenarios/&lt;name&gt;.json</c> of the data folder.
    /// A topology path given by an override is relative to the current folder; one in the file, to the file.
    /// </summary>
    /// <param name="path">The scenario file, or a shipped scenario's name.</param>
    /// <param name="overrides">Overrides as <c>Key=Value</c> (as given to <c>--set</c>).</param>
    /// <returns>The validated scenario with its topology file resolved.</returns>
    /// <exception cref="ScenarioException">The file or an override is not a valid scenario.</exception>
    public static ResolvedScenario Load(string path, IEnumerable<string>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path) && !Directory.Exists(path) && new FileInfo(path).LinkTarget is null)
        {
            path = DataFolder.Scenario(path) is { } shipped ? Path.GetRelativePath(Directory.GetCurrentDirectory(), shipped)
                : throw new ScenarioException($"{path}: file not found; expected a scenario file (JSON)");
        }
        if (InputFile.Problem(path, "a scenario file (JSON)", MaxScenarioBytes, "16 MB, the largest scenario file read") is { } problem)
        {
            throw new ScenarioException($"{path}: {problem}");
        }
        var scenario = Parse(path, File.ReadAllText(path));
        string? topologyFromCommandLine = null;
        var traceFromCommandLine = false;
        foreach (var assignment in overrides ?? [])
        {
            scenario = ApplyOverride(scenario, assignment);
            CheckNotSwept(scenario, assignment);
            if (assignment.StartsWith("topology=", StringComparison.Ordinal))
            {
                topologyFromCommandLine = scenario.Topology;
            }
            traceFromCommandLine |= assignment.StartsWith("traceFile=", StringComparison.Ordinal);
        }
        CheckTogether(path, scenario);
        scenario = traceFromCommandLine
            ? ScenarioWorkload.ResolveTrace(Path.Combine(Directory.GetCurrentDirectory(), "--set"), scenario, "--set")
            : ScenarioWorkload.ResolveTrace(path, scenario);
        var topology = topologyFromCommandLine is null
            ? ResolveTopology(path, scenario.Topology)
            : ResolveTopology(Path.Combine(Directory.GetCurrentDirectory(), "--set"), topologyFromCommandLine, "--set");
        return new ResolvedScenario(scenario, Path.GetFullPath(path), topology);
    }

    /// <summary>Checks a changed copy of a loaded scenario (a sweep point) and resolves its topology.</summary>
    /// <param name="original">The scenario as loaded from its file.</param>
    /// <param name="changed">The changed scenario.</param>
    /// <param name="what">What the change is, for messages (e.g. <c>sweep point TpSeconds=8</c>).</param>
    /// <returns>The changed scenario, resolved.</returns>
    /// <exception cref="ScenarioException">The combination of values is invalid.</exception>
    public static ResolvedScenario Revalidate(ResolvedScenario original, Scenario changed, string what)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(changed);
        var source = $"{original.ScenarioPath} ({what})";
        CheckTogether(source, changed);
        if (changed.TraceFile != original.Scenario.TraceFile || changed.Workload != original.Scenario.Workload)
        {
            changed = ScenarioWorkload.ResolveTrace(original.ScenarioPath, changed, source);
        }
        var topology = changed.Topology == original.Scenario.Topology ? original.TopologyPath : ResolveTopology(original.ScenarioPath, changed.Topology);
        return new ResolvedScenario(changed, original.ScenarioPath, topology);
    }

    /// <summary>Parses scenario JSON; <paramref name="source"/> names it in errors.</summary>
    /// <param name="source">The file the text came from.</param>
    /// <param name="json">The JSON text.</param>
    /// <returns>The scenario (not yet checked across keys; no topology resolved).</returns>
    /// <exception cref="ScenarioException">The text is not a valid scenario.</exception>
    public static Scenario Parse(string source, string json) => Parse(source, json, []);

    private static Scenario Parse(string source, string json, IReadOnlyList<string> children)
    {
        using var document = ParseJson(source, json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new ScenarioException($"{source}: expected a JSON object of scenario keys");
        }
        var scenario = ScenarioExtends.Base(source, document.RootElement, children, Parse) with { Name = Path.GetFileNameWithoutExtension(source) };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var name = JsonText.Name(source, null, property);
            if (!seen.Add(name))
            {
                throw ScenarioException.ForKey(source, name, "appears twice; give each key once");
            }
            if (name == ScenarioExtends.Key)
            {
                continue;
            }
            if (name == "sweep")
            {
                scenario = scenario with { Sweep = SweepReader.Read(source, property.Value) };
                continue;
            }
            var key = ScenarioKeys.Find(name) ?? throw ScenarioKeys.Unknown(source, name);
            if (!key.TryRead(property.Value, out var value, out var problem))
            {
                throw ScenarioException.ForKey(source, key.Name, problem);
            }
            scenario = Assign(source, scenario, key, value);
        }
        if (!seen.Contains("description"))
        {
            throw ScenarioException.ForKey(source, "description", "missing; every scenario says what it shows");
        }
        return scenario;
    }

    /// <summary>Applies one <c>Key=Value</c> override.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="assignment">The override, e.g. <c>TpSeconds=8</c>.</param>
    /// <returns>The changed scenario.</returns>
    /// <exception cref="ScenarioException">The key is unknown or the value invalid.</exception>
    public static Scenario ApplyOverride(Scenario scenario, string assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        if (!KeyValueText.TrySplit(assignment, out var name, out var text))
        {
            throw new ScenarioException($"--set {assignment}: expected Key=Value, e.g. TpSeconds=8");
        }
        var key = ScenarioKeys.Find(name) ?? throw ScenarioKeys.Unknown("--set", name);
        if (!key.TryParse(text, out var value, out var problem))
        {
            throw ScenarioException.ForKey("--set", name, problem);
        }
        return Assign("--set", scenario, key, value);
    }

    /// <summary>An override of a key that the sweep varies would be silently replaced at every point: refused.</summary>
    private static void CheckNotSwept(Scenario scenario, string assignment)
    {
        var name = assignment[..assignment.IndexOf('=', StringComparison.Ordinal)];
        var how = scenario.Sweep.Select(axis => axis.Key switch
        {
            _ when axis.Key == name => "is swept by the scenario",
            Sweeps.SweepAxis.TotalCpus when name == "physicalNodes" => "is set by the swept totalCpus",
            Sweeps.SweepAxis.Setup when axis.Values.Cast<Sweeps.SetupCase>().Any(c => c.Values.Any(v => v.Key == name)) => "is set by the sweep's setup cases",
            _ => null,
        }).FirstOrDefault(h => h is not null);
        if (how is not null)
        {
            throw new ScenarioException($"--set {assignment}: {name} {how}; remove it from the sweep or do not set it");
        }
    }

    /// <summary>The topology file a scenario's <c>topology</c> value names.</summary>
    /// <param name="scenarioPath">The scenario file (relative paths are resolved from its folder).</param>
    /// <param name="topology">
    /// A path, or a shipped name: <c>topologies/&lt;name&gt;.edges</c> in the scenario's folder or the nearest folder above
    /// it that has one (a project's own copy), else in the data folder (<see cref="DataFolder"/>).
    /// </param>
    /// <param name="source">Names where the value came from in errors (the scenario file unless given).</param>
    /// <returns>The full path of an existing topology file.</returns>
    /// <exception cref="ScenarioException">No such file exists.</exception>
    public static string ResolveTopology(string scenarioPath, string topology, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(topology);
        var directory = Path.GetDirectoryName(Path.GetFullPath(scenarioPath))!;
        var asPath = Path.GetFullPath(Path.Combine(directory, topology));
        if (File.Exists(asPath))
        {
            return asPath;
        }
        return AboveScenario(directory, topology) ?? DataFolder.Topology(topology) ?? throw ScenarioException.ForKey(source ?? scenarioPath, "topology",
            $"no topology file '{topology}'; expected one of {string.Join(", ", ShippedTopologies)} (shipped) or a path relative to {(source is null ? "the scenario file" : "the current folder")}");
    }

    /// <summary>A shipped name's <c>topologies/&lt;name&gt;.edges</c> in <paramref name="directory"/> or the nearest folder above it, or null.</summary>
    private static string? AboveScenario(string directory, string topology)
    {
        if (!ShippedTopologies.Contains(topology, StringComparer.Ordinal))
        {
            return null;
        }
        for (var level = new DirectoryInfo(directory); level is not null; level = level.Parent)
        {
            var shipped = Path.Combine(level.FullName, "topologies", topology + ".edges");
            if (File.Exists(shipped))
            {
                return shipped;
            }
        }
        return null;
    }

    private static JsonDocument ParseJson(string source, string json)
    {
        try
        {
            return JsonDocument.Parse(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var reason = ex.Message.Split(". ", 2)[0].Split(" Path:", 2)[0].TrimEnd('.');
            throw new ScenarioException($"{source}:{line}: malformed JSON ({reason})", ex);
        }
    }

    internal static Scenario Assign(string source, Scenario scenario, ScenarioKey key, object? value)
    {
        var problem = key.Check(value);
        if (problem is not null)
        {
            throw ScenarioException.ForKey(source, key.Name, $"{problem}; got {Show(value)}");
        }
        try
        {
            return key.Set(scenario, value);
        }
        catch (ArgumentException ex)
        {
            throw ScenarioException.ForKey(source, key.Name, ex.Message.Split(Environment.NewLine)[0].Split(" (Parameter", 2)[0]);
        }
    }

    private static void CheckTogether(string source, Scenario scenario)
    {
        if (scenario.ToSeconds > scenario.TpSeconds)
        {
            throw ScenarioException.ForKey(source, "ToSeconds", $"must not exceed TpSeconds ({Show(scenario.TpSeconds)}); got {Show(scenario.ToSeconds)}");
        }
        if (scenario.Run.Coordinator.LearnOptimisationTime && !(scenario.ToSeconds > 0 && scenario.ToSeconds < scenario.TpSeconds))
        {
            throw ScenarioException.ForKey(source, "ToSeconds", $"must lie above 0 and below TpSeconds ({Show(scenario.TpSeconds)}) when ToLearned is true (it is the To learning starts from); got {Show(scenario.ToSeconds)}");
        }
    }

    internal static string Show(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        string[] list => "[" + string.Join(", ", list) + "]",
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
