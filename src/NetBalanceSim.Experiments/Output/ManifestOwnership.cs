namespace NetBalanceSim.Experiments.Output;

/// <summary>What a results folder's manifest (one NetBalanceSim wrote) says about the folder.</summary>
/// <param name="Checksums">The files the run published, each with its SHA-256 (lower-case hex).</param>
/// <param name="Stale">Files of earlier results a publish had yet to delete when it was interrupted (empty if complete).</param>
/// <param name="Complete">Whether the publish finished.</param>
/// <param name="Reference">Whether they are reference results.</param>
/// <param name="PlanId">The plan that made them.</param>
public sealed record ManifestOwnership(IReadOnlyDictionary<string, string> Checksums, IReadOnlyList<string> Stale, bool Complete, bool Reference, string? PlanId)
{
    /// <summary>The points of the results with their reuse keys (empty for manifests written before keys were recorded).</summary>
    public IReadOnlyList<(IReadOnlyList<string> Values, string Key)> Points { get; init; } = [];

    /// <summary>For a shard's folder: which share of the plan it holds (null for whole results, or a malformed entry).</summary>
    public Shards.ShardRecord? Shard { get; init; }

    /// <summary>Every file name the manifest claims as ours (published and stale), the manifest not included.</summary>
    public IEnumerable<string> Owned => Checksums.Keys.Concat(Stale);
}
