using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Experiments.Shards;

/// <summary>
/// Publishes a finished shard's folder: <c>units.jsonl</c> (its units as checksummed journal lines, in point and
/// repetition order) and a manifest naming the plan id, the shard and its units, published like any results
/// (<see cref="ResultsFolder.Publish"/>). A merge reads these back (<see cref="ShardMerge"/>).
/// </summary>
public static class ShardWriter
{
    /// <summary>Every file a shard run writes into its folder.</summary>
    public static IReadOnlyList<string> Writes { get; } = [ShardRecord.UnitsFileName, Manifest.FileName, Journal.FileName];

    /// <summary>Writes the shard's <paramref name="units"/> and manifest into the claimed <paramref name="folder"/>.</summary>
    /// <param name="folder">The shard's folder, claimed by this run.</param>
    /// <param name="plan">The whole sweep's plan.</param>
    /// <param name="shard">Which share of it.</param>
    /// <param name="units">The shard's units, ordered by point and repetition.</param>
    /// <param name="provenance">The invocation publishing it.</param>
    /// <param name="invocations">Every invocation that contributed units, oldest first.</param>
    public static void Write(ResultsFolder folder, SweepPlan plan, ShardSpec shard, IReadOnlyList<UnitResult> units, RunProvenance provenance, IReadOnlyList<Invocation> invocations)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(shard);
        ArgumentNullException.ThrowIfNull(units);
        var planId = ResultsWriter.PlanId(plan);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [ShardRecord.UnitsFileName] = Journal.Serialize(shard.JournalKey(planId), units),
        };
        var manifest = new Manifest
        {
            Scenario = plan.Resolved,
            RunSeeds = [.. Enumerable.Range(0, plan.Repetitions).Select(r => RepetitionRunner.RunSeed(plan.Resolved.Scenario, r))],
            Files = [ShardRecord.UnitsFileName],
            Provenance = provenance,
            Invocations = invocations,
            Where = plan.Filters,
            PlanId = planId,
            Shard = new ShardRecord(shard, [.. units.Select(u => (u.Point, u.Repetition))]),
        };
        folder.Publish(files, manifest);
    }
}
