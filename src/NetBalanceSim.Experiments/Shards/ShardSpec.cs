using System.Globalization;

namespace NetBalanceSim.Experiments.Shards;

/// <summary>
/// One share of a sweep split <see cref="Count"/> ways: shard <see cref="Index"/>, numbered from 0 as Slurm numbers
/// the tasks of <c>--array=0-(N-1)</c> (<c>$SLURM_ARRAY_TASK_ID</c>).
/// </summary>
/// <param name="Index">The shard, 0 to <see cref="Count"/> - 1.</param>
/// <param name="Count">How many shards the sweep is split into, at least 1.</param>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>The most shards a sweep may be split into (one unit each at most is the useful limit anyway).</summary>
    public const int MaxCount = 1_000_000;

    /// <summary>Parses <c>INDEX/COUNT</c>, e.g. <c>0/4</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="shard">The shard, if the text is valid.</param>
    /// <returns>Why the text is not a shard, or null.</returns>
    public static string? TryParse(string text, out ShardSpec? shard)
    {
        ArgumentNullException.ThrowIfNull(text);
        shard = null;
        var split = text.Split('/');
        if (split.Length != 2
            || !int.TryParse(split[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(split[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return "expected INDEX/COUNT, e.g. 0/4 (shards are numbered from 0, as $SLURM_ARRAY_TASK_ID in --array=0-3)";
        }
        if (count < 1 || count > MaxCount)
        {
            return string.Create(CultureInfo.InvariantCulture, $"COUNT must be 1 to {MaxCount:N0} (got {count})");
        }
        if (index >= count)
        {
            return string.Create(CultureInfo.InvariantCulture, $"INDEX must be 0 to {count - 1} (shards are numbered from 0, as $SLURM_ARRAY_TASK_ID in --array=0-{count - 1})");
        }
        shard = new ShardSpec(index, count);
        return null;
    }

    /// <summary>The key of this shard's journal and units file: the plan id and the shard, so that a shard's journal is never resumed as another's.</summary>
    /// <param name="planId">The whole sweep's plan id.</param>
    /// <returns>The key.</returns>
    public string JournalKey(string planId) => string.Create(CultureInfo.InvariantCulture, $"{planId}/shard-{Index}-of-{Count}");

    /// <summary><c>INDEX/COUNT</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
