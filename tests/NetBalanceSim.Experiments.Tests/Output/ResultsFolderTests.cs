using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Scenarios;

namespace NetBalanceSim.Experiments.Tests.Output;

public sealed class ResultsFolderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nbs-results-").FullName;
    private int _generation;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Publish_Again_DeletesOnlyFilesTheOldManifestListed()
    {
        Publish(["a.csv", "b.csv"], "plan-1", reference: false);
        File.WriteAllText(Path.Combine(_directory, "notes.txt"), "mine");

        Publish(["a.csv"], "plan-1", reference: false);

        Assert.True(File.Exists(Path.Combine(_directory, "a.csv")));
        Assert.False(File.Exists(Path.Combine(_directory, "b.csv")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_directory, "notes.txt")));
    }

    [Fact]
    public void Check_ReferenceOfAnotherPlan_IsRefusedUnlessForced()
    {
        Publish(["a.csv"], "plan-30-reps", reference: true);

        var error = Assert.Throws<ResultsFolderException>(() => ResultsFolder.Check(_directory, "plan-2-reps", force: false));
        Assert.Contains("holds reference results of another plan", error.Message, StringComparison.Ordinal);
        Assert.Throws<ResultsFolderException>(() => Publish(["a.csv"], "plan-2-reps", reference: false));
        Assert.Equal("a.csv content 1", File.ReadAllText(Path.Combine(_directory, "a.csv")));

        Assert.False(ResultsFolder.Check(_directory, "plan-2-reps", force: true));
        Publish(["a.csv"], "plan-2-reps", reference: false, force: true);
        Assert.Equal("a.csv content 3", File.ReadAllText(Path.Combine(_directory, "a.csv")));
    }

    [Fact]
    public void Check_ReferenceOfTheSamePlan_MayBeRegeneratedAndStaysReference()
    {
        Publish(["a.csv"], "plan-30-reps", reference: true);

        Assert.True(ResultsFolder.Check(_directory, "plan-30-reps", force: false));
    }

    [Fact]
    public void Check_UnreadableManifest_IsRefusedUnlessForced()
    {
        File.WriteAllText(Path.Combine(_directory, "manifest.json"), "{ not json");

        var error = Assert.Throws<ResultsFolderException>(() => ResultsFolder.Check(_directory, "plan", force: false));

        Assert.Contains("not a readable manifest", error.Message, StringComparison.Ordinal);
        Assert.False(ResultsFolder.Check(_directory, "plan", force: true));
    }

    private void Publish(string[] names, string planId, bool reference, bool force = false)
    {
        var generation = ++_generation;
        var files = names.ToDictionary(n => n, n => (Action<Stream>)(s => s.Write(System.Text.Encoding.UTF8.GetBytes($"{n} content {generation}"))));
        var manifest = new Manifest
        {
            Scenario = new ResolvedScenario(new Scenario(), Path.Combine(_directory, "s.json"), Path.Combine(_directory, "t.edges")),
            RunSeeds = [1],
            Files = [.. names, Manifest.FileName],
            Provenance = new RunProvenance
            {
                CommandLine = "test",
                Version = "0",
                Runtime = "test",
                OperatingSystem = "test",
                ProcessorCount = 1,
                Jobs = 1,
                StartedUtc = "2026-01-01T00:00:00Z",
                FinishedUtc = "2026-01-01T00:00:00Z",
                WallSeconds = 0,
            },
            Reference = reference,
            PlanId = planId,
        };
        ResultsFolder.Publish(_directory, files, manifest, force);
    }
}
