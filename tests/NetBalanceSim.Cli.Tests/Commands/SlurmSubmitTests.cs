using System.Diagnostics;

namespace NetBalanceSim.Cli.Tests.Commands;

/// <summary><c>slurm --submit</c> through a real scheduler: the merged results are the one-machine run's bytes.</summary>
public sealed class SlurmSubmitTests : IDisposable
{
    /// <summary>How long the jobs may take, queueing included.</summary>
    private static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(5);

    // Under the test's output folder, which the compute nodes of a real cluster are more likely to see than /tmp.
    private readonly string _root = Path.Combine(AppContext.BaseDirectory, "slurm-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [SlurmFact]
    public void Submit_RunsTheShardsAsAJobArray_AndTheMergeIsTheOneMachineRun()
    {
        var scenario = RingScenario.Write(Path.Combine(_root, "in"), """ "name": "ring", "repetitions": 2, "sweep": { "TpSeconds": [2, 4, 8] }, """);
        var local = Path.Combine(_root, "local");
        var job = Path.Combine(_root, "job");
        Assert.Equal(0, CliRunner.Run("sweep", scenario, "-o", local).ExitCode);

        var (exitCode, stdout, stderr) = CliRunner.Run("slurm", scenario, "--tasks", "3", "--time", "00:05:00", "--submit", "-o", job);

        Assert.True(exitCode == 0, stderr);
        var merge = System.Text.RegularExpressions.Regex.Match(stdout, "and merge job ([0-9]+) ").Groups[1].Value;
        var watch = Stopwatch.StartNew();
        while (Queued(merge) is { Length: > 0 } state)
        {
            Assert.DoesNotContain("DependencyNeverSatisfied", state, StringComparison.Ordinal);
            Assert.True(watch.Elapsed < JobTimeout, $"merge job {merge} still queued after {JobTimeout}: {state}");
            Thread.Sleep(200);
        }
        foreach (var file in new[] { "runs.csv", "summary.csv", "tau-trace.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(local, file)), File.ReadAllBytes(Path.Combine(job, "results", file)));
        }
    }

    [SlurmFact]
    public void Submit_MoreTasksThanTheClustersMaxArraySize_IsRefusedBeforeAnythingIsWritten()
    {
        var scenario = RingScenario.Write(Path.Combine(_root, "in"), """ "name": "ring", "repetitions": 100000, """);
        var job = Path.Combine(_root, "job");
        var maxArraySize = Cli.Slurm.SlurmCluster.MaxArraySize();

        var (exitCode, _, stderr) = CliRunner.Run("slurm", scenario, "--tasks", $"{maxArraySize + 1}", "--submit", "-o", job);

        Assert.Equal(2, exitCode);
        Assert.Equal(
            $"netbalance-sim: --tasks {maxArraySize + 1}: above this cluster's MaxArraySize {maxArraySize} (scontrol show config; array indices must be below it); use at most {maxArraySize} tasks, each with more work",
            stderr.TrimEnd());
        Assert.False(Directory.Exists(job));
    }

    private static string Queued(string job)
    {
        using var squeue = Process.Start(new ProcessStartInfo("squeue", ["-h", "-j", job, "-o", "%T %r"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = squeue.StandardOutput.ReadToEnd();
        squeue.WaitForExit();
        return output.Trim();
    }
}
