using System.Globalization;
using System.Text.Json;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Experiments.Shards;

/// <summary>
/// Reads the folders of finished shards (<see cref="ShardWriter"/>) back as the units of the whole plan, refusing
/// anything that would not give a one-machine run's tables: a folder that is no finished shard, a shard of another
/// plan, a unit held twice or a unit no shard holds.
/// </summary>
public static class ShardMerge
{
    /// <summary>The units of every shard, ordered by point and repetition, and the invocations that ran them.</summary>
    /// <param name="Units">All units of the plan.</param>
    /// <param name="Invocations">Every shard's invocations, shard by shard in the order the folders were given.</param>
    /// <param name="Shards">The shards read, in the order given.</param>
    public sealed record Merged(IReadOnlyList<UnitResult> Units, IReadOnlyList<Invocation> Invocations, IReadOnlyList<ShardSpec> Shards);

    /// <summary>Reads and checks the shard folders <paramref name="directories"/> of <paramref name="plan"/>.</summary>
    /// <param name="plan">The whole sweep's plan.</param>
    /// <param name="directories">The shards' folders.</param>
    /// <returns>The merged units.</returns>
    /// <exception cref="ShardMergeException">The shards cannot be merged; the message says which folder or unit and why.</exception>
    /// <exception cref="ResultsFolderException">A folder's manifest is not ours, or a folder cannot be read.</exception>
    public static Merged Read(SweepPlan plan, IReadOnlyList<string> directories)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(directories);
        if (directories.Count == 0)
        {
            throw new ShardMergeException("--merge: no shard folders given; expected the -o folders of 'sweep --shard i/N' runs");
        }
        var twice = directories.GroupBy(d => Path.TrimEndingDirectorySeparator(Path.GetFullPath(d)), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new ShardMergeException($"{twice.First()}: given twice; give each shard folder once");
        }
        var planId = ResultsWriter.PlanId(plan);
        var owner = new Dictionary<(int Point, int Repetition), string>();
        var units = new List<UnitResult>();
        var invocations = new List<Invocation>();
        var shards = new List<ShardSpec>();
        foreach (var directory in directories)
        {
            var shard = CheckFolder(directory, planId);
            var key = shard.Spec.JournalKey(planId);
            var read = JournalReader.Read(Path.Combine(directory, ShardRecord.UnitsFileName), key, plan.Points.Count * plan.Repetitions, plan.Repetitions);
            if (read.Damage is { } damage)
            {
                throw new ShardMergeException($"{damage}; run the shard again with --resume after removing its folder's {Manifest.FileName}");
            }
            if (!read.Units.Select(u => (u.Point, u.Repetition)).SequenceEqual(shard.Units))
            {
                throw new ShardMergeException($"{Path.Combine(directory, ShardRecord.UnitsFileName)}: does not hold the units its manifest lists; run the shard again");
            }
            foreach (var unit in read.Units)
            {
                if (owner.TryGetValue((unit.Point, unit.Repetition), out var first))
                {
                    throw new ShardMergeException(string.Create(CultureInfo.InvariantCulture,
                        $"{directory}: shard {shard.Spec} holds {Describe(plan, unit.Point, unit.Repetition)}, which {first} holds too (duplicate unit); give each unit's shard once, all of one split"));
                }
                owner[(unit.Point, unit.Repetition)] = $"{directory} (shard {shard.Spec})";
                units.Add(unit);
            }
            invocations.AddRange(Invocations(Path.Combine(directory, Manifest.FileName)));
            shards.Add(shard.Spec);
        }
        var missing = SweepRunner.Units(plan).Where(u => !owner.ContainsKey(u)).ToList();
        if (missing.Count > 0)
        {
            throw new ShardMergeException(string.Create(CultureInfo.InvariantCulture,
                $"missing {missing.Count} of {plan.Points.Count * plan.Repetitions} units (first: {Describe(plan, missing[0].Point, missing[0].Repetition)}){NotGiven(shards)}; merge needs every shard of the split"));
        }
        return new Merged([.. units.OrderBy(u => u.Point).ThenBy(u => u.Repetition)], invocations, shards);
    }

    private static ShardRecord CheckFolder(string directory, string planId)
    {
        if (!Directory.Exists(directory))
        {
            throw new ShardMergeException($"{directory}: no such shard folder; expected the -o folder of a 'sweep --shard i/N' run");
        }
        var inventory = FolderInventory.Read(directory);
        if (inventory.Manifest is null)
        {
            throw new ShardMergeException(inventory.HasJournal
                ? $"{directory}: an unfinished shard ({Journal.SavedUnits(Path.Combine(directory, Journal.FileName))} repetition(s) saved in its {Journal.FileName}, no {Manifest.FileName}); finish it with 'sweep --shard i/N --resume'"
                : $"{directory}: not a shard folder (no {Manifest.FileName}); expected the -o folder of a 'sweep --shard i/N' run");
        }
        if (inventory.Manifest.Shard is not { } shard)
        {
            throw new ShardMergeException($"{directory}: holds the results of a whole run, not a shard; give the folders of 'sweep --shard i/N' runs");
        }
        if (inventory.Manifest.PlanId != planId)
        {
            throw new ShardMergeException(
                $"{directory}: shard {shard.Spec} of another plan ({inventory.Manifest.PlanId}; this sweep's is {planId}): its scenario, --reps, --seed, --set or --where differ from this merge's");
        }
        if (inventory.Inconsistency is { } why)
        {
            throw new ShardMergeException($"{directory}: {why}; run the shard again with --resume");
        }
        return shard;
    }

    /// <summary>The shards of a split none of the given folders is, if every folder is of the same split.</summary>
    private static string NotGiven(IReadOnlyList<ShardSpec> given)
    {
        var counts = given.Select(s => s.Count).Distinct().ToList();
        if (counts.Count != 1)
        {
            return "";
        }
        var absent = Enumerable.Range(0, counts[0]).Except(given.Select(s => s.Index)).ToList();
        return absent.Count == 0 ? "" : string.Create(CultureInfo.InvariantCulture,
            $"; shard(s) not given: {string.Join(", ", absent.Take(10).Select(i => $"{i}/{counts[0]}"))}{(absent.Count > 10 ? ", ..." : "")}");
    }

    private static string Describe(SweepPlan plan, int point, int repetition)
    {
        var values = plan.Columns.Count == 0 ? "" : " (" + string.Join(", ", plan.Columns.Select((c, i) => $"{c}={plan.Points[point].Values[i]}")) + ")";
        return string.Create(CultureInfo.InvariantCulture, $"point {point}{values} repetition {repetition}");
    }

    /// <summary>The invocations a shard's manifest lists (a malformed list counts as none: they are provenance only).</summary>
    private static List<Invocation> Invocations(string manifest)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(manifest));
        var list = new List<Invocation>();
        if (!document.RootElement.TryGetProperty("invocations", out var invocations) || invocations.ValueKind != JsonValueKind.Array)
        {
            return list;
        }
        foreach (var item in invocations.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                return [];
            }
            list.Add(new Invocation(
                Text(item, "commandLine") ?? "", Text(item, "version") ?? "", Text(item, "startedUtc") ?? "", Text(item, "finishedUtc"),
                item.TryGetProperty("wallSeconds", out var wall) && wall.ValueKind == JsonValueKind.Number ? wall.GetDouble() : null,
                item.TryGetProperty("repetitions", out var reps) && reps.ValueKind == JsonValueKind.Number && reps.TryGetInt32(out var r) ? r : null));
        }
        return list;
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
