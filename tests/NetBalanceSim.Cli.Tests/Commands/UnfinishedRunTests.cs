using System.Diagnostics;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Tests;

namespace NetBalanceSim.Cli.Tests.Commands;

public sealed class UnfinishedRunTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("nbs-unfinished-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Out => Path.Combine(_root, "out");

    [Fact]
    public void Run_IntoAFolderWithAnUnfinishedRun_IsRefusedUnlessResumedOrRestarted()
    {
        var scenario = RingScenario.Write(Path.Combine(_root, "in"), """ "repetitions": 2, """);
        using (var journal = Journal.Create(Out, "another-plan"))
        {
            journal.Append(new UnitResult(0, 0, [["x"]], [["y"]]));
        }

        var (exitCode, _, stderr) = CliRunner.Run("run", scenario, "-o", Out);

        Assert.Equal(2, exitCode);
        Assert.Equal($"netbalance-sim: {Out}: holds an unfinished run (1 repetition saved in journal.jsonl, of another plan); continue it with --resume, or discard it with --restart", stderr.TrimEnd());
        Assert.Equal(2, CliRunner.Run("run", scenario, "-o", Out, "--resume", "--restart").ExitCode);
        Assert.Equal(0, CliRunner.Run("run", scenario, "-o", Out, "--restart").ExitCode);
        Assert.False(File.Exists(Path.Combine(Out, Journal.FileName)));
    }

    [SigintFact]
    public void CtrlC_SaysWhatIsSavedAndHowToContinue_AndTheResumeFinishesTheRun()
    {
        var scenario = RingScenario.Write(Path.Combine(_root, "in"), """ "repetitions": 400, """);
        var cli = Path.Combine(AppContext.BaseDirectory, "netbalance-sim.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", ["exec", cli, "run", scenario, "-o", Out, "--jobs", "1"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var stderr = process.StandardError.ReadToEndAsync();
        var journal = Path.Combine(Out, Journal.FileName);
        for (var waited = 0; Journal.SavedUnits(journal) < 3 && waited < 60_000 && !process.HasExited; waited += 20)
        {
            Thread.Sleep(20);
        }
        Assert.False(process.HasExited, "the run ended before it could be interrupted");

        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }
        Assert.True(process.WaitForExit(30_000));

        var line = stderr.Result.Split('\n').Single(l => l.StartsWith("interrupted: ", StringComparison.Ordinal));
        Assert.Matches($"^interrupted: [0-9]+ of 400 repetitions are saved in {System.Text.RegularExpressions.Regex.Escape(journal)}; continue with: netbalance-sim run .* --resume$", line);
        var saved = Journal.SavedUnits(journal);
        Assert.InRange(saved, 3, 399);
        Assert.Equal(0, CliRunner.Run("run", scenario, "-o", Out, "--resume").ExitCode);
        Assert.Equal(1 + (2 * 400), File.ReadAllLines(Path.Combine(Out, "runs.csv")).Length);
    }
}
