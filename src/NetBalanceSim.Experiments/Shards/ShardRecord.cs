namespace NetBalanceSim.Experiments.Shards;

/// <summary>What a shard's manifest says of it: which share of the sweep it is and the units it holds.</summary>
/// <param name="Spec">The shard (index and count).</param>
/// <param name="Units">Its units (point, repetition), in point and repetition order.</param>
public sealed record ShardRecord(ShardSpec Spec, IReadOnlyList<(int Point, int Repetition)> Units)
{
    /// <summary>The file of a shard's folder holding its finished units (journal lines, checksummed).</summary>
    public const string UnitsFileName = "units.jsonl";
}
