using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Shards;

namespace NetBalanceSim.Cli.Tests.Commands;

/// <summary><c>sweep --shard i/N</c> and <c>sweep --merge</c>: the merged shards are a one-machine run's results, byte for byte.</summary>
public sealed class ShardMergeCommandTests : IDisposable
{
    private static readonly string[] Tables = ["runs.csv", "summary.csv", "tau-trace.csv"];

    private readonly string _root = Directory.CreateTempSubdirectory("nbs-shard-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Scenario => RingScenario.Write(Path.Combine(_root, "in"), """ "name": "ring", "repetitions": 2, "sweep": { "TpSeconds": [2, 4, 8] }, """);

    [Fact]
    public void MergedShards_AreTheBytesOfAOneMachineRun_AndTheManifestListsEveryShardsInvocation()
    {
        var scenario = Scenario;
        var local = Run("local", "sweep", scenario);
        var shards = RunShards(scenario, 3);

        var (exitCode, stdout, _) = CliRunner.Run(["sweep", scenario, "--merge", .. shards, "-o", Path.Combine(_root, "merged")]);

        Assert.Equal(0, exitCode);
        Assert.Contains("merged 3 shard(s), 6 repetitions", stdout, StringComparison.Ordinal);
        AssertSameTables(local, Path.Combine(_root, "merged"));
        var manifest = File.ReadAllText(Path.Combine(_root, "merged", "manifest.json"));
        for (var i = 0; i < 3; i++)
        {
            Assert.Contains($"--shard {i}/3", manifest, StringComparison.Ordinal);
        }
        Assert.Contains(File.ReadAllText(Path.Combine(local, "manifest.json")).Split("\"plan\": ")[1].Split(',')[0], manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_OfShardsRunByAnotherVersion_Warns()
    {
        var scenario = Scenario;
        var shards = RunShards(scenario, 2);
        var manifest = Path.Combine(shards[0], "manifest.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace($"\"version\": \"{CliApp.Version}\"", "\"version\": \"0.0.1+old\"", StringComparison.Ordinal));

        var (exitCode, _, stderr) = CliRunner.Run(["sweep", scenario, "--merge", .. shards, "-o", Path.Combine(_root, "merged")]);

        Assert.Equal(0, exitCode);
        Assert.Contains($"netbalance-sim: warning: the shards and this merge were run by different versions (0.0.1+old, {CliApp.Version})", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AShard_HasTheWholeSweepsPlanId_AndItsShareOfTheUnits()
    {
        var scenario = Scenario;
        var local = Run("local", "sweep", scenario);
        var shard = RunShards(scenario, 2)[1];

        var manifest = File.ReadAllText(Path.Combine(shard, "manifest.json"));

        Assert.Equal(PlanLine(File.ReadAllText(Path.Combine(local, "manifest.json"))), PlanLine(manifest));
        Assert.Contains("\"shard\": {\n    \"index\": 1,\n    \"count\": 2,", manifest, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(shard, ShardRecord.UnitsFileName)));
        Assert.False(File.Exists(Path.Combine(shard, Journal.FileName)));
    }

    [Fact]
    public void AShardCutShort_ResumesFromItsJournal_AndTheMergeIsStillIdentical()
    {
        var scenario = Scenario;
        var local = Run("local", "sweep", scenario);
        var shards = RunShards(scenario, 2);
        // Simulate kill -9 while shard 0 ran: its journal holds the invocation, the first unit and half of the second
        // unit's line, and there is no manifest yet.
        var lines = File.ReadAllLines(Path.Combine(shards[0], ShardRecord.UnitsFileName));
        var key = PlanLine(File.ReadAllText(Path.Combine(shards[0], "manifest.json"))).Split('"')[3] + "/shard-0-of-2";
        Directory.Delete(shards[0], recursive: true);
        Journal.Create(shards[0], key, new JournalInvocation("netbalance-sim sweep (killed)", "test", "2026-01-01T00:00:00Z")).Dispose();
        File.AppendAllText(Path.Combine(shards[0], Journal.FileName), lines[1] + "\n" + lines[2][..(lines[2].Length / 2)]);
        var unfinished = CliRunner.Run(["sweep", scenario, "--merge", .. shards, "-o", Path.Combine(_root, "merged")]);

        var (exitCode, _, stderr) = CliRunner.Run("sweep", scenario, "--shard", "0/2", "--resume", "-o", shards[0]);
        var merged = CliRunner.Run(["sweep", scenario, "--merge", .. shards, "-o", Path.Combine(_root, "merged")]);

        Assert.Equal(2, unfinished.ExitCode);
        Assert.Contains($"{shards[0]}: an unfinished shard (1 repetition(s) saved in its journal.jsonl, no manifest.json); finish it with 'sweep --shard i/N --resume'", unfinished.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
        Assert.Contains("ring shard 0/2: resuming, 1 of 3 repetitions already done", stderr, StringComparison.Ordinal);
        Assert.Equal(0, merged.ExitCode);
        AssertSameTables(local, Path.Combine(_root, "merged"));
    }

    [Fact]
    public void ACompleteShard_ResumedAgain_RunsNothing()
    {
        var scenario = Scenario;
        var shard = RunShards(scenario, 2)[0];
        var before = File.ReadAllBytes(Path.Combine(shard, "manifest.json"));

        var (exitCode, stdout, _) = CliRunner.Run("sweep", scenario, "--shard", "0/2", "--resume", "-o", shard);

        Assert.Equal(0, exitCode);
        Assert.Contains("shard 0/2 of ring is already complete (3 repetitions); nothing to run", stdout, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(shard, "manifest.json")));
    }

    [Fact]
    public void AShard_IntoTheFolderOfAnotherShard_IsRefused()
    {
        var scenario = Scenario;
        var shard = RunShards(scenario, 2)[0];

        var (exitCode, _, stderr) = CliRunner.Run("sweep", scenario, "--shard", "1/2", "--resume", "-o", shard);

        Assert.Equal(2, exitCode);
        Assert.Equal($"netbalance-sim: {shard}: holds shard 0/2 of this sweep; give each shard its own -o, or --force to replace it", stderr.TrimEnd());
    }

    [Fact]
    public void Resume_WithTheJournalOfAnotherShard_IsRefused()
    {
        var scenario = Scenario;
        var shard = RunShards(scenario, 3)[0];
        var folder = Path.Combine(_root, "other");
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, Journal.FileName), File.ReadLines(Path.Combine(shard, ShardRecord.UnitsFileName)).Take(2));

        var (exitCode, _, stderr) = CliRunner.Run("sweep", scenario, "--shard", "1/3", "--resume", "-o", folder);

        Assert.Equal(2, exitCode);
        Assert.Equal($"netbalance-sim: {folder}/journal.jsonl: is the journal of shard 0/3, not of shard 1/3; give each shard its own -o, or run with --restart to discard it", stderr.TrimEnd());
    }

    [Fact]
    public void Merge_OfAShardOfAnotherPlan_IsRefusedNamingTheFolder()
    {
        var scenario = Scenario;
        var shards = RunShards(scenario, 2);
        var other = Path.Combine(_root, "other");
        Assert.Equal(0, CliRunner.Run("sweep", scenario, "--reps", "3", "--shard", "1/2", "-o", other).ExitCode);

        var (exitCode, _, stderr) = CliRunner.Run("sweep", scenario, "--merge", shards[0], other, "-o", Path.Combine(_root, "merged"));

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"netbalance-sim: {other}: shard 1/2 of another plan (", stderr, StringComparison.Ordinal);
        Assert.EndsWith("its scenario, --reps, --seed, --set or --where differ from this merge's", stderr.TrimEnd(), StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.False(Directory.Exists(Path.Combine(_root, "merged")));
    }

    [Fact]
    public void Merge_WithAUnitTwice_IsRefusedNamingTheUnitAndBothShards()
    {
        var scenario = Scenario;
        var three = RunShards(scenario, 3);
        var two = RunShards(scenario, 2, "two");

        var (exitCode, _, stderr) = CliRunner.Run(["sweep", scenario, "--merge", .. three, two[0], "-o", Path.Combine(_root, "merged")]);

        Assert.Equal(2, exitCode);
        Assert.Equal(
            $"netbalance-sim: {two[0]}: shard 0/2 holds point 0 (TpSeconds=2) repetition 0, which {three[0]} (shard 0/3) holds too (duplicate unit); give each unit's shard once, all of one split",
            stderr.TrimEnd());
    }

    [Fact]
    public void Merge_WithAShardMissing_IsRefusedNamingTheMissingShard()
    {
        var scenario = Scenario;
        var shards = RunShards(scenario, 3);

        var (exitCode, _, stderr) = CliRunner.Run("sweep", scenario, "--merge", shards[0], shards[2], "-o", Path.Combine(_root, "merged"));

        Assert.Equal(2, exitCode);
        var first = File.ReadAllText(Path.Combine(shards[1], "manifest.json")).Split("\"units\": [\n      \"")[1].Split('"')[0].Split('/');
        Assert.Equal(
            $"netbalance-sim: missing 2 of 6 units (first: point {first[0]} (TpSeconds={new[] { 2, 4, 8 }[int.Parse(first[0], System.Globalization.CultureInfo.InvariantCulture)]}) repetition {first[1]}); shard(s) not given: 1/3; merge needs every shard of the split",
            stderr.TrimEnd());
        Assert.False(Directory.Exists(Path.Combine(_root, "merged")));
    }

    [Fact]
    public void Merge_IntoOneOfTheShards_IsRefused()
    {
        var scenario = Scenario;
        var shards = RunShards(scenario, 2);

        var (exitCode, _, stderr) = CliRunner.Run(["sweep", scenario, "--merge", .. shards, "-o", shards[1] + "/"]);

        Assert.Equal(2, exitCode);
        Assert.Equal($"netbalance-sim: -o {shards[1]}/: is also a shard to merge ({shards[1]}); merge into another folder", stderr.TrimEnd());
        Assert.True(File.Exists(Path.Combine(shards[1], ShardRecord.UnitsFileName)));
    }

    [Fact]
    public void Merge_OfWholeResults_IsRefused()
    {
        var scenario = Scenario;
        var local = Run("local", "sweep", scenario);

        var (exitCode, _, stderr) = CliRunner.Run("sweep", scenario, "--merge", local, "-o", Path.Combine(_root, "merged"));

        Assert.Equal(2, exitCode);
        Assert.Equal($"netbalance-sim: {local}: holds the results of a whole run, not a shard; give the folders of 'sweep --shard i/N' runs", stderr.TrimEnd());
    }

    [Fact]
    public void List_WithAShard_PrintsItsUnitsAndItsShareOfTheWork()
    {
        var (exitCode, stdout, _) = CliRunner.Run("sweep", Scenario, "--list", "--shard", "1/3");

        Assert.Equal(0, exitCode);
        Assert.Contains("  output: results/ring.shards/1/", stdout, StringComparison.Ordinal);
        Assert.Matches(@"  shard 1/3: 2 of 6 repetitions, [0-9.]+% of the estimated work \(the 3 shards: [0-9.]+% to [0-9.]+%, the largest [0-9.]+% above the mean\)", stdout);
        Assert.Matches(@"  units \(point/repetition\): [0-2]/[01] [0-2]/[01]\n", stdout);
    }

    [Fact]
    public void Merge_WithResumeOrShard_IsRefused()
    {
        var (exitCode, _, stderr) = CliRunner.Run("sweep", Scenario, "--merge", "a", "b", "--resume");

        Assert.Equal(2, exitCode);
        Assert.Equal("netbalance-sim: --merge: cannot be combined with --shard, --resume or --list; merge the finished shards in a command of its own", stderr.TrimEnd());
    }

    [Theory]
    [InlineData("3/3", "--shard 3/3: INDEX must be 0 to 2 (shards are numbered from 0, as $SLURM_ARRAY_TASK_ID in --array=0-2)")]
    [InlineData("1-3", "--shard 1-3: expected INDEX/COUNT, e.g. 0/4 (shards are numbered from 0, as $SLURM_ARRAY_TASK_ID in --array=0-3)")]
    public void Shard_Malformed_IsAOneLineUsageError(string shard, string message)
    {
        var (exitCode, _, stderr) = CliRunner.Run("sweep", Scenario, "--shard", shard, "-o", Path.Combine(_root, "s"));

        Assert.Equal(2, exitCode);
        Assert.Equal($"netbalance-sim: {message}", stderr.TrimEnd());
        Assert.False(Directory.Exists(Path.Combine(_root, "s")));
    }

    private string Run(string folder, params string[] args)
    {
        var directory = Path.Combine(_root, folder);
        var (exitCode, _, stderr) = CliRunner.Run([.. args, "-o", directory]);
        Assert.True(exitCode == 0, stderr);
        return directory;
    }

    private List<string> RunShards(string scenario, int count, string folder = "shards") =>
        [.. Enumerable.Range(0, count).Select(i => Run(Path.Combine(folder, $"{i}"), "sweep", scenario, "--shard", $"{i}/{count}"))];

    private static string PlanLine(string manifest) => manifest.Split('\n').Single(line => line.StartsWith("  \"plan\": ", StringComparison.Ordinal));

    private static void AssertSameTables(string expected, string actual)
    {
        foreach (var file in Tables)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(expected, file)), File.ReadAllBytes(Path.Combine(actual, file)));
        }
    }
}
