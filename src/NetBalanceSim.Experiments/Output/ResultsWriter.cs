using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Experiments.Output;

/// <summary>Writes a plan's results folder: runs, summary, tau trace and manifest (STYLE §10-11).</summary>
public static class ResultsWriter
{
    /// <summary>The data files a run writes, besides the manifest.</summary>
    public static IReadOnlyList<string> DataFiles { get; } = ["runs.csv", "summary.csv", "tau-trace.csv"];

    /// <summary>Writes the results of <paramref name="units"/> into <paramref name="directory"/>.</summary>
    /// <param name="directory">The results folder.</param>
    /// <param name="plan">The plan that was run.</param>
    /// <param name="units">All its units, ordered by point and repetition.</param>
    /// <param name="provenance">How the run was made.</param>
    /// <param name="force">Replace reference results.</param>
    /// <param name="reference">Mark these results as reference results.</param>
    public static void Write(string directory, SweepPlan plan, IReadOnlyList<UnitResult> units, RunProvenance provenance, bool force, bool reference = false)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(units);
        var files = new Dictionary<string, Action<Stream>>(StringComparer.Ordinal)
        {
            ["runs.csv"] = ResultTables.Runs(plan, units).WriteTo,
            ["summary.csv"] = ResultTables.Summary(plan, units).WriteTo,
            ["tau-trace.csv"] = ResultTables.TauTrace(plan, units).WriteTo,
        };
        var manifest = new Manifest
        {
            Scenario = plan.Resolved,
            RunSeeds = [.. Enumerable.Range(0, plan.Repetitions).Select(r => RepetitionRunner.RunSeed(plan.Resolved.Scenario, r))],
            Files = [.. DataFiles, Manifest.FileName],
            Provenance = provenance,
            Reference = reference,
        };
        ResultsFolder.Publish(directory, files, manifest.ToJson(Directory.GetCurrentDirectory()), force);
    }

    /// <summary>An identifier of the plan (its scenario with every key and its sweep), for the journal.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>A hex string.</returns>
    public static string PlanId(SweepPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var canonical = Manifest.ScenarioJson(plan.Resolved.Scenario) + "\n" + plan.Resolved.TopologyPath;
        return Kernel.StableHash.Fnv1a64(canonical).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
