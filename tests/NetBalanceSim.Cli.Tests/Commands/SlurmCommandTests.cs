using NetBalanceSim.Cli.Commands;
using NetBalanceSim.Cli.Slurm;

namespace NetBalanceSim.Cli.Tests.Commands;

/// <summary><c>slurm SCENARIO --tasks N</c>: the job array and merge scripts it writes, and what it refuses.</summary>
public sealed class SlurmCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("nbs-slurm-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Scenario => RingScenario.Write(Path.Combine(_root, "in"), """ "name": "ring", "repetitions": 2, "sweep": { "TpSeconds": [2, 4, 8] }, """);

    private string Out => Path.Combine(_root, "job");

    [Fact]
    public void Scripts_RunOneShardPerArrayTask_WithThrottlePartitionAndTime()
    {
        var scenario = Scenario;

        var (exitCode, stdout, _) = CliRunner.Run("slurm", scenario, "--tasks", "3", "--throttle", "2", "--partition", "debug", "--time", "00:10:00", "--reps", "2", "--set", "RateMbps=700", "-o", Out);

        Assert.Equal(0, exitCode);
        var array = File.ReadAllLines(Path.Combine(Out, "shards.sbatch"));
        Assert.Equal("#!/bin/bash", array[0]);
        Assert.Contains("#SBATCH --array=0-2%2", array);
        Assert.Contains("#SBATCH --partition=debug", array);
        Assert.Contains("#SBATCH --time=00:10:00", array);
        Assert.Contains("#SBATCH --job-name=ring-shards", array);
        Assert.Contains($"#SBATCH --chdir={Environment.CurrentDirectory}", array);
        Assert.Contains($"#SBATCH --output={Out}/logs/shard-%a.log", array);
        var run = array.Single(line => line.StartsWith("exec ", StringComparison.Ordinal));
        Assert.StartsWith($"exec {string.Join(' ', SlurmCommand.Self().Select(SlurmScripts.Quote))} sweep {scenario} --reps 2 --set RateMbps=700 ", run, StringComparison.Ordinal);
        Assert.EndsWith($" --shard \"$SLURM_ARRAY_TASK_ID/3\" --resume --jobs \"${{SLURM_CPUS_PER_TASK:-1}}\" -o {Out}/shards/\"$SLURM_ARRAY_TASK_ID\"", run, StringComparison.Ordinal);
        var merge = File.ReadAllLines(Path.Combine(Out, "merge.sbatch"));
        Assert.DoesNotContain(merge, line => line.StartsWith("#SBATCH --array", StringComparison.Ordinal));
        Assert.Contains("#SBATCH --partition=debug", merge);
        Assert.Contains("#SBATCH --time=00:10:00", merge);
        Assert.EndsWith($" sweep {scenario} --reps 2 --set RateMbps=700 --merge {Out}/shards/{{0..2}} -o {Out}/results", merge.Single(line => line.StartsWith("exec ", StringComparison.Ordinal)), StringComparison.Ordinal);
        var submit = File.ReadAllText(Path.Combine(Out, "submit.sh"));
        Assert.Contains($"array=$(sbatch --parsable {Out}/shards.sbatch)", submit, StringComparison.Ordinal);
        Assert.Contains($"merge=$(sbatch --parsable --dependency=afterok:$array {Out}/merge.sbatch)", submit, StringComparison.Ordinal);
        Assert.Contains("3 array tasks (0-2, at most 2 at once)", stdout, StringComparison.Ordinal);
        Assert.Contains("--dependency=afterok:$array", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Scripts_WithoutOptions_LeaveThePartitionAndTimeToTheCluster()
    {
        Assert.Equal(0, CliRunner.Run("slurm", Scenario, "--tasks", "1", "-o", Out).ExitCode);

        var array = File.ReadAllLines(Path.Combine(Out, "shards.sbatch"));
        Assert.Contains("#SBATCH --array=0-0", array);
        Assert.DoesNotContain(array, line => line.StartsWith("#SBATCH --partition", StringComparison.Ordinal) || line.StartsWith("#SBATCH --time", StringComparison.Ordinal));
        Assert.Contains(" --merge " + Out + "/shards/0 -o ", File.ReadAllText(Path.Combine(Out, "merge.sbatch")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--tasks 7", "--tasks 7: the sweep has only 6 repetitions (units) to share; use at most 6 tasks")]
    [InlineData("--tasks 0", "--tasks 0: expected at least 1")]
    [InlineData("--tasks 2 --throttle 0", "--throttle 0: expected at least 1 task at once")]
    [InlineData("--tasks 2 --time 90", "--time 90: expected HH:MM:SS or D-HH:MM:SS, e.g. 02:00:00")]
    [InlineData("--tasks 2 --partition a;b", "--partition a;b: expected a partition name (letters, digits, '-', '_', '.')")]
    public void BadOptions_AreOneLineUsageErrors_AndWriteNothing(string options, string message)
    {
        var (exitCode, _, stderr) = CliRunner.Run(["slurm", Scenario, .. options.Split(' '), "-o", Out]);

        Assert.Equal(2, exitCode);
        Assert.Equal($"netbalance-sim: {message}", stderr.TrimEnd());
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void AScriptNotWrittenBySlurm_IsNotReplaced()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "merge.sbatch"), "#!/bin/bash\necho mine\n");

        var (exitCode, _, stderr) = CliRunner.Run("slurm", Scenario, "--tasks", "2", "-o", Out);

        Assert.Equal(2, exitCode);
        Assert.Equal($"netbalance-sim: {Out}/merge.sbatch: exists and was not written by netbalance-sim slurm; move it away or use another -o", stderr.TrimEnd());
        Assert.Equal("#!/bin/bash\necho mine\n", File.ReadAllText(Path.Combine(Out, "merge.sbatch")));
    }

    [Theory]
    [InlineData("MaxArraySize            = 1001\nMaxJobCount = 10000\n", 1001)]
    [InlineData("MaxJobCount = 10000\nMaxArraySize = 100001\n", 100001)]
    [InlineData("MaxJobCount = 10000\n", SlurmCluster.DefaultMaxArraySize)]
    public void MaxArraySize_IsReadFromScontrolShowConfig(string config, int expected)
    {
        Assert.Equal(expected, SlurmCluster.ParseMaxArraySize(config));
    }

    [Fact]
    public void Self_RunsThisVeryProgram()
    {
        var self = SlurmCommand.Self();

        Assert.True(File.Exists(self[^1]), self[^1]);
        Assert.EndsWith(self.Count == 2 ? "netbalance-sim.dll" : "netbalance-sim", self[^1], StringComparison.Ordinal);
    }
}
