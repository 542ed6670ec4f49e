using System.Text.Json;
using NetBalanceSim.Experiments.Sweeps;
using NetBalanceSim.Experiments.Scenarios;

namespace NetBalanceSim.Experiments.Output;

/// <summary>
/// <c>manifest.json</c>: the resolved scenario (every key), the seeds, the provenance of the run and the files
/// it wrote (STYLE §11). <see cref="Reference"/> marks results committed as the project's reference output.
/// </summary>
public sealed record Manifest
{
    /// <summary>The manifest's file name inside a results folder.</summary>
    public const string FileName = "manifest.json";

    /// <summary>The tool mark: a results folder is ours only if its manifest carries it.</summary>
    public const string Tool = "NetBalanceSim";

    /// <summary>The manifest format this version writes and reads (2: files listed with their SHA-256).</summary>
    public const int Format = 2;

    /// <summary>The scenario as run.</summary>
    public required ResolvedScenario Scenario { get; init; }

    /// <summary>The run seed of every repetition.</summary>
    public required IReadOnlyList<long> RunSeeds { get; init; }

    /// <summary>The files of the results folder this run wrote (the manifest itself not included).</summary>
    public required IReadOnlyList<string> Files { get; init; }

    /// <summary>How the run was made (the invocation that published it).</summary>
    public required RunProvenance Provenance { get; init; }

    /// <summary>Every invocation that contributed repetitions (an interrupted run and its resumptions), oldest first; empty means just <see cref="Provenance"/>.</summary>
    public IReadOnlyList<Invocation> Invocations { get; init; } = [];

    /// <summary>Each point's swept values and its reuse key (<see cref="Running.UnitReuse.PointKeys"/>), so that a later plan can reuse its repetitions.</summary>
    public IReadOnlyList<(IReadOnlyList<string> Values, string Key)> Points { get; init; } = [];

    /// <summary>How many of the repetitions were taken from the folder's previous results instead of being run.</summary>
    public int ReusedRepetitions { get; init; }

    /// <summary>The <c>--where</c> filters that chose a subset of the sweep's points, or none.</summary>
    public IReadOnlyList<string> Where { get; init; } = [];

    /// <summary>True for reference results, which only a run of the same plan replaces without <c>--force</c>.</summary>
    public bool Reference { get; init; }

    /// <summary>Identifies the plan that made the results (<see cref="ResultsWriter.PlanId"/>).</summary>
    public required string PlanId { get; init; }

    /// <summary>For a shard's folder (<c>sweep --shard</c>): which share of the plan it holds; null for whole results.</summary>
    public Shards.ShardRecord? Shard { get; init; }

    /// <summary>How sequential stopping (<c>--precision</c>) chose the repetitions, or null for a fixed count.</summary>
    public PrecisionRecord? Precision { get; init; }

    /// <summary>The manifest as indented JSON.</summary>
    /// <param name="relativeTo">Paths are written relative to this folder (the working directory).</param>
    /// <param name="checksums">The SHA-256 (lower-case hex) of every file of <see cref="Files"/>.</param>
    /// <param name="complete">False for the manifest written before the files are moved into place, so that an interrupted publish is detected.</param>
    /// <param name="stale">Files of the previous results still in the folder while this manifest is being published, to be deleted.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public string ToJson(string relativeTo, IReadOnlyDictionary<string, string> checksums, bool complete = true, IReadOnlyList<string>? stale = null)
    {
        ArgumentNullException.ThrowIfNull(checksums);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("tool", Tool);
            json.WriteNumber("format", Format);
            json.WriteBoolean("complete", complete);
            json.WriteString("scenarioFile", Relative(relativeTo, Scenario.ScenarioPath));
            json.WriteString("topologyFile", Relative(relativeTo, Scenario.TopologyPath));
            json.WriteNumber("baseSeed", Scenario.Scenario.BaseSeed);
            json.WriteStartArray("runSeeds");
            foreach (var seed in RunSeeds)
            {
                json.WriteNumberValue(seed);
            }
            json.WriteEndArray();
            WriteScenario(json, Scenario.Scenario);
            WriteProvenance(json);
            json.WriteBoolean("reference", Reference);
            json.WriteString("plan", PlanId);
            if (Shard is { } shard)
            {
                json.WriteStartObject("shard");
                json.WriteNumber("index", shard.Spec.Index);
                json.WriteNumber("count", shard.Spec.Count);
                json.WriteStartArray("units");
                foreach (var (point, repetition) in shard.Units)
                {
                    json.WriteStringValue(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{point}/{repetition}"));
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            if (Where.Count > 0)
            {
                json.WriteStartArray("where");
                foreach (var filter in Where)
                {
                    json.WriteStringValue(filter);
                }
                json.WriteEndArray();
            }
            if (Precision is { } precision)
            {
                precision.WriteTo(json);
            }
            if (ReusedRepetitions > 0)
            {
                json.WriteNumber("reusedRepetitions", ReusedRepetitions);
            }
            json.WriteStartArray("points");
            foreach (var (values, key) in Points)
            {
                json.WriteStartObject();
                json.WriteStartArray("values");
                foreach (var value in values)
                {
                    json.WriteStringValue(value);
                }
                json.WriteEndArray();
                json.WriteString("key", key);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("files");
            foreach (var file in Files)
            {
                json.WriteStartObject();
                json.WriteString("name", file);
                json.WriteString("sha256", checksums[file]);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (stale is { Count: > 0 })
            {
                json.WriteStartArray("stale");
                foreach (var file in stale)
                {
                    json.WriteStringValue(file);
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>What an existing manifest says about its folder: whether it is ours, its files and their checksums, its plan.</summary>
    /// <param name="path">The manifest file.</param>
    /// <returns>The entries, or null if there is no manifest.</returns>
    /// <exception cref="ResultsFolderException">The manifest is not one NetBalanceSim wrote (or a newer version did).</exception>
    public static ManifestOwnership? ReadOwnership(string path) => ManifestReader.ReadOwnership(path);

    /// <summary>The scenario's keys and sweep as compact JSON (used to identify a plan).</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="changedOnly">
    /// Write only the keys whose value differs from the default scenario's, so that a key added later (at its
    /// default) leaves the JSON, and the plan identified by it, unchanged.
    /// </param>
    /// <returns>The JSON text.</returns>
    public static string ScenarioJson(Scenario scenario, bool changedOnly = false)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            WriteScenario(json, scenario, changedOnly ? new Scenario() : null);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteScenario(Utf8JsonWriter json, Scenario scenario, Scenario? defaults = null)
    {
        json.WriteStartObject("scenario");
        foreach (var key in ScenarioKeys.All)
        {
            if (defaults is not null && ScenarioFile.Show(key.Get(scenario)) == ScenarioFile.Show(key.Get(defaults)))
            {
                continue;
            }

            json.WritePropertyName(key.Name);
            ScenarioJsonWriter.WriteValue(json, key.Get(scenario), key.Name);
        }
        json.WriteStartObject("sweep");
        foreach (var axis in scenario.Sweep)
        {
            json.WritePropertyName(axis.Key);
            if (axis.Key == SweepAxis.Setup)
            {
                ScenarioJsonWriter.WriteSetupCases(json, axis.Values.Cast<SetupCase>());
                continue;
            }

            JsonSerializer.Serialize(json, axis.Values);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteProvenance(Utf8JsonWriter json)
    {
        json.WriteString("commandLine", Provenance.CommandLine);
        json.WriteString("version", Provenance.Version);
        WriteNullable(json, "commit", Provenance.Commit);
        if (Provenance.Dirty is bool dirty)
        {
            json.WriteBoolean("dirty", dirty);
        }
        else
        {
            json.WriteNull("dirty");
        }
        json.WriteString("runtime", Provenance.Runtime);
        json.WriteString("os", Provenance.OperatingSystem);
        json.WriteNumber("processorCount", Provenance.ProcessorCount);
        json.WriteNumber("jobs", Provenance.Jobs);
        json.WriteString("startedUtc", Provenance.StartedUtc);
        json.WriteString("finishedUtc", Provenance.FinishedUtc);
        json.WriteNumber("wallSeconds", Math.Round(Provenance.WallSeconds, 3));
        json.WriteStartArray("invocations");
        foreach (var invocation in Invocations.Count > 0 ? Invocations : [Invocation.Of(Provenance, null)])
        {
            invocation.WriteTo(json);
        }
        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static string Relative(string relativeTo, string path) => Path.GetRelativePath(relativeTo, path).Replace('\\', '/');
}
