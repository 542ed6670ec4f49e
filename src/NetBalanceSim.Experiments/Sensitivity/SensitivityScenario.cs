using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Experiments.Sensitivity;

/// <summary>
/// A sensitivity design as a sweep scenario: the base scenario with every design point a named case of its
/// <c>setup</c> axis, so that <c>sweep</c> (with <c>--shard</c>, <c>--merge</c>, <c>--resume</c>) and <c>slurm</c>
/// run it; every point uses the seeds baseSeed + r (paired runs).
/// </summary>
public static class SensitivityScenario
{
    /// <summary>The suffix of the generated scenario's name (and so of its default results folder).</summary>
    public const string NameSuffix = "-sensitivity";

    /// <summary>The generated sweep scenario of <paramref name="resolved"/> and <paramref name="design"/>, named <c>NAME-sensitivity</c>.</summary>
    /// <param name="resolved">The base scenario, loaded.</param>
    /// <param name="design">The design.</param>
    /// <returns>The sweep scenario (same files as the base).</returns>
    /// <exception cref="ScenarioException">The base scenario has a sweep of its own, or its name is too long.</exception>
    public static ResolvedScenario Of(ResolvedScenario resolved, SensitivityDesign design)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        ArgumentNullException.ThrowIfNull(design);
        var scenario = resolved.Scenario;
        if (scenario.Sweep.Count > 0)
        {
            throw ScenarioException.ForKey(resolved.ScenarioPath, "sweep",
                $"sensitivity screens one setup, but the scenario sweeps {string.Join(", ", scenario.Sweep.Select(a => a.Key))}; remove the sweep (or pick one point with --set)");
        }
        var name = scenario.Name + NameSuffix;
        if (ScenarioKeys.Find("name")!.Check(name) is { } problem)
        {
            throw ScenarioException.ForKey(resolved.ScenarioPath, "name", $"'{name}' (the sensitivity scenario's name) {problem}");
        }
        var description = string.Create(CultureInfo.InvariantCulture,
            $"Sensitivity of {scenario.Name}: {Methods(design)} over {design.Factors.Count} model constants ({string.Join(", ", design.Factors.Select(f => f.Name))})");
        var generated = scenario with { Name = name, Description = description, Sweep = [design.ToAxis()] };
        return new ResolvedScenario(generated, resolved.ScenarioPath, resolved.TopologyPath);
    }

    /// <summary>
    /// The generated scenario as a scenario file to be saved at <paramref name="filePath"/>: every key, the topology and
    /// trace as paths relative to that file, and the design's cases under <c>sweep.setup</c>.
    /// </summary>
    /// <param name="generated">The generated scenario (<see cref="Of"/>).</param>
    /// <param name="filePath">Where the file will be written.</param>
    /// <param name="comment">A comment for the file's head (the command that made it).</param>
    /// <returns>The file's text.</returns>
    public static string Json(ResolvedScenario generated, string filePath, string comment)
    {
        ArgumentNullException.ThrowIfNull(generated);
        ArgumentNullException.ThrowIfNull(filePath);
        ArgumentNullException.ThrowIfNull(comment);
        var scenario = generated.Scenario;
        var folder = Path.GetDirectoryName(Path.GetFullPath(filePath))!;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            foreach (var key in ScenarioKeys.All)
            {
                var value = key.Name switch
                {
                    "topology" => Topology(generated, filePath),
                    "traceFile" when scenario.TracePath is { } trace => Relative(folder, trace),
                    _ => key.Get(scenario),
                };
                json.WritePropertyName(key.Name);
                ScenarioJsonWriter.WriteValue(json, value, key.Name);
            }
            json.WriteStartObject("sweep");
            json.WritePropertyName(SweepAxis.Setup);
            ScenarioJsonWriter.WriteSetupCases(json, scenario.Sweep.Single().Values.Cast<SetupCase>());
            json.WriteEndObject();
            json.WriteEndObject();
        }
        var head = string.Join("\n", comment.Split('\n').Select(line => "// " + line.TrimEnd('\r'))) + "\n";
        return head + Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>Writes <see cref="Json"/> to <paramref name="filePath"/> atomically.</summary>
    /// <param name="generated">The generated scenario.</param>
    /// <param name="filePath">The file.</param>
    /// <param name="comment">The head comment.</param>
    public static void Save(ResolvedScenario generated, string filePath, string comment) =>
        SharedSource.AtomicFile.WriteAllText(filePath, Json(generated, filePath, comment));

    private static string Methods(SensitivityDesign design) => (design.Morris, design.Points.Any(p => p.Name == SensitivityCase.TornadoBase)) switch
    {
        (null, _) => "tornado",
        ({ } m, false) => string.Create(CultureInfo.InvariantCulture, $"Morris ({m.Trajectories.Count} trajectories, {m.Levels} levels)"),
        ({ } m, true) => string.Create(CultureInfo.InvariantCulture, $"tornado and Morris ({m.Trajectories.Count} trajectories, {m.Levels} levels)"),
    };

    /// <summary>The topology as the file names it: the scenario's own value where it finds the same file from there, else a relative path.</summary>
    private static string Topology(ResolvedScenario generated, string filePath)
    {
        try
        {
            if (ScenarioFile.ResolveTopology(filePath, generated.Scenario.Topology) == generated.TopologyPath)
            {
                return generated.Scenario.Topology;
            }
        }
        catch (ScenarioException)
        {
            // Not found from the new file's folder: named by its path below.
        }
        return Relative(Path.GetDirectoryName(Path.GetFullPath(filePath))!, generated.TopologyPath);
    }

    private static string Relative(string folder, string path) => Path.GetRelativePath(folder, path).Replace('\\', '/');
}
