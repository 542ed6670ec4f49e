namespace NetBalanceSim.Cli.Tests.Commands;

/// <summary>More repetitions or more points reuse what a results folder already holds, and give the same bytes as a fresh run.</summary>
public sealed class GrowingCampaignTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("nbs-grow-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void MoreRepetitions_ReuseTheFinishedOnes_AndGiveTheTablesOfAFreshRun()
    {
        var scenario = Scenario("""[2, 4]""");
        var grown = Path.Combine(_root, "grown");
        Assert.Equal(0, CliRunner.Run("sweep", scenario, "--reps", "2", "-o", grown).ExitCode);

        var (exitCode, _, stderr) = CliRunner.Run("sweep", scenario, "--reps", "3", "-o", grown);

        Assert.Equal(0, exitCode);
        Assert.Contains($"{grown}: reusing 4 of 6 repetitions from its previous results", stderr, StringComparison.Ordinal);
        Assert.Contains("\"reusedRepetitions\": 4", File.ReadAllText(Path.Combine(grown, "manifest.json")), StringComparison.Ordinal);
        AssertSameTables(grown, Fresh(scenario, "--reps", "3"));
    }

    [Fact]
    public void MorePoints_ReuseThePointsAlreadyRun()
    {
        var grown = Path.Combine(_root, "grown");
        Assert.Equal(0, CliRunner.Run("sweep", Scenario("""[2, 4]"""), "--reps", "2", "-o", grown).ExitCode);
        var wider = Scenario("""[2, 3, 4]""");

        var (exitCode, _, stderr) = CliRunner.Run("sweep", wider, "--reps", "2", "-o", grown);

        Assert.Equal(0, exitCode);
        Assert.Contains("reusing 4 of 6 repetitions", stderr, StringComparison.Ordinal);
        AssertSameTables(grown, Fresh(wider, "--reps", "2"));
    }

    [Fact]
    public void AnotherValueOfAKeyThatIsNotSwept_ReusesNothing()
    {
        var scenario = Scenario("""[2, 4]""");
        var folder = Path.Combine(_root, "grown");
        Assert.Equal(0, CliRunner.Run("sweep", scenario, "--reps", "2", "-o", folder).ExitCode);

        var (exitCode, _, stderr) = CliRunner.Run("sweep", scenario, "--reps", "3", "--set", "RateMbps=700", "-o", folder);

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("reusing", stderr, StringComparison.Ordinal);
        AssertSameTables(folder, Fresh(scenario, "--reps", "3", "--set", "RateMbps=700"));
    }

    private string Fresh(string scenario, params string[] args)
    {
        var folder = Path.Combine(_root, "fresh-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(0, CliRunner.Run(["sweep", scenario, "-o", folder, .. args]).ExitCode);
        return folder;
    }

    private static void AssertSameTables(string a, string b)
    {
        foreach (var file in new[] { "runs.csv", "summary.csv", "tau-trace.csv" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(b, file)), File.ReadAllText(Path.Combine(a, file)));
        }
    }

    private string Scenario(string tpValues) =>
        RingScenario.Write(Path.Combine(_root, "in"), $$""" "name": "grow", "sweep": { "TpSeconds": {{tpValues}} }, """, $"grow-{tpValues.Length}.json");
}
