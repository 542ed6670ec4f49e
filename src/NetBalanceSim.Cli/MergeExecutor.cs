using System.Diagnostics;
using System.Globalization;
using NetBalanceSim.Experiments.Figures;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Shards;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Cli;

/// <summary>
/// <c>sweep SCENARIO --merge SHARD...</c>: assembles the folders of finished shards into the results of the whole sweep,
/// the same tables and plots, byte for byte, as a one-machine run; the manifest lists every shard's invocations.
/// </summary>
internal sealed class MergeExecutor(TextWriter stdout, TextWriter stderr, string[] commandLine)
{
    /// <summary>Checks the shards, then claims <paramref name="directory"/> and publishes the merged results there.</summary>
    public void Merge(SweepPlan plan, IReadOnlyList<string> shards, string directory, FolderWriteOptions options)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        if (shards.FirstOrDefault(shard => Path.TrimEndingDirectorySeparator(Path.GetFullPath(shard)) == target) is { } same)
        {
            throw new UsageException($"-o {directory}: is also a shard to merge ({same}); merge into another folder");
        }
        var startedUtc = DateTime.UtcNow;
        var watch = Stopwatch.StartNew();
        SweepRunner.LoadTopologies([plan], warning => stderr.WriteLine($"netbalance-sim: {warning}"));
        var planId = ResultsWriter.PlanId(plan);
        var figures = FigureCatalog.ForScenario(plan.Resolved.Scenario.Name);
        var request = new FolderRequest(planId, ResultsWriter.Writes(figures, plan.Columns.Count > 0), options.Force, options.AllowOtherFiles);
        ResultsFolder.Inspect(directory, request);
        var journal = Path.Combine(directory, Journal.FileName);
        if (Journal.PlanOf(journal) is not null && !options.Restart)
        {
            throw new UsageException($"{directory}: holds an unfinished run ({Journal.FileName}); merge into another -o, or discard that run with --restart");
        }
        var merged = ShardMerge.Read(plan, shards);
        var versions = merged.Invocations.Select(i => i.Version).Append(CliApp.Version).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (versions.Count > 1)
        {
            stderr.WriteLine($"netbalance-sim: warning: the shards and this merge were run by different versions ({string.Join(", ", versions)}); the tables are a one-machine run's only if their simulation code is the same");
        }
        var holder = string.Create(CultureInfo.InvariantCulture, $"process {Environment.ProcessId}: {Provenance.CommandLine(commandLine)}");
        using var folder = ResultsFolder.Claim(directory, request, holder);
        var reference = ResultsFolder.IsSamePlanReference(folder.Inventory, planId);
        var provenance = Provenance.Of(commandLine, 1, startedUtc, watch.Elapsed.TotalSeconds);
        var invocations = merged.Invocations.Append(Invocation.Of(provenance, 0)).ToList();
        ResultsWriter.Write(folder, plan, merged.Units, provenance, reference, figures, invocations);
        if (File.Exists(journal))
        {
            File.Delete(journal);
        }
        new PlanExecutor(stdout, stderr, commandLine, 1, new InitialPlacementCache()).PrintSummary(plan, merged.Units);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"merged {shards.Count} shard(s), {merged.Units.Count} repetitions, into {directory}/{{{string.Join(", ", ResultsWriter.Writes(figures, plan.Columns.Count > 0).Where(name => name != Journal.FileName))}}} in {watch.Elapsed.TotalSeconds:F1} s"));
    }
}
