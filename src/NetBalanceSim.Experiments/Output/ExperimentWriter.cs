using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Scenarios;

namespace NetBalanceSim.Experiments.Output;

/// <summary>Writes the results folder of a plain run (no sweep): runs, summary, tau trace and manifest.</summary>
public static class ExperimentWriter
{
    /// <summary>The data files a run writes, besides the manifest.</summary>
    public static IReadOnlyList<string> DataFiles { get; } = ["runs.csv", "summary.csv", "tau-trace.csv"];

    /// <summary>Writes the results of <paramref name="repetitions"/> into <paramref name="directory"/>.</summary>
    /// <param name="directory">The results folder.</param>
    /// <param name="resolved">The scenario as run.</param>
    /// <param name="repetitions">The repetitions, in order.</param>
    /// <param name="provenance">How the run was made.</param>
    /// <param name="force">Replace reference results.</param>
    /// <param name="reference">Mark these results as reference results.</param>
    public static void Write(
        string directory,
        ResolvedScenario resolved,
        IReadOnlyList<RepetitionResult> repetitions,
        RunProvenance provenance,
        bool force,
        bool reference = false)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        ArgumentNullException.ThrowIfNull(repetitions);
        var points = new[] { ((IReadOnlyList<string>)[], repetitions) };
        var files = new Dictionary<string, Action<Stream>>(StringComparer.Ordinal)
        {
            ["runs.csv"] = ResultTables.Runs([], points).WriteTo,
            ["summary.csv"] = ResultTables.Summary([], points).WriteTo,
            ["tau-trace.csv"] = ResultTables.TauTrace([], points).WriteTo,
        };
        var manifest = new Manifest
        {
            Scenario = resolved,
            RunSeeds = [.. repetitions.Select(r => r.RunSeed)],
            Files = [.. DataFiles, Manifest.FileName],
            Provenance = provenance,
            Reference = reference,
        };
        ResultsFolder.Publish(directory, files, manifest.ToJson(Directory.GetCurrentDirectory()), force);
    }
}
