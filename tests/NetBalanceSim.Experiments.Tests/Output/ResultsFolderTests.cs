using System.Text;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Tests;

namespace NetBalanceSim.Experiments.Tests.Output;

public sealed class ResultsFolderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nbs-results-").FullName;
    private int _generation;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Publish_WritesEveryFileWithItsChecksumAndTheToolMark()
    {
        Publish(["a.csv", "b.csv"], "plan-1");

        var manifest = Manifest.ReadOwnership(Path.Combine(_directory, Manifest.FileName))!;
        Assert.True(manifest.Complete);
        Assert.Empty(manifest.Stale);
        Assert.Equal(["a.csv", "b.csv"], manifest.Checksums.Keys.Order(StringComparer.Ordinal));
        // SHA-256 of the 15 bytes "a.csv content 1", worked out with sha256sum.
        Assert.Equal("f3ed4b2b6ec2898e71f0c614449265940454fcaf6b4b55c41b5d04dacf75ba87", manifest.Checksums["a.csv"]);
        var text = File.ReadAllText(Path.Combine(_directory, Manifest.FileName));
        Assert.Contains("\"tool\": \"NetBalanceSim\"", text, StringComparison.Ordinal);
        Assert.Contains("\"format\": 2", text, StringComparison.Ordinal);
        Assert.Null(FolderInventory.Read(_directory).Inconsistency);
    }

    [Fact]
    public void Sha256_MatchesAHandCheckedDigest()
    {
        // echo -n abc | sha256sum
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", FolderInventory.Sha256("abc"u8));
    }

    [Fact]
    public void Publish_Again_DeletesOnlyFilesTheOldManifestListed()
    {
        Publish(["a.csv", "b.csv"], "plan-1");
        File.WriteAllText(Path.Combine(_directory, "notes.txt"), "mine");

        Publish(["a.csv"], "plan-1", allowOtherFiles: true);

        Assert.True(File.Exists(Path.Combine(_directory, "a.csv")));
        Assert.False(File.Exists(Path.Combine(_directory, "b.csv")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_directory, "notes.txt")));
    }

    [Fact]
    public void Claim_FolderWithOtherFiles_IsRefusedNamingOneUnlessAllowed()
    {
        File.WriteAllText(Path.Combine(_directory, "zeta.txt"), "z");
        File.WriteAllText(Path.Combine(_directory, "notes.txt"), "mine");

        var error = Assert.Throws<ResultsFolderException>(() => Publish(["a.csv"], "plan-1"));

        Assert.Contains("holds files NetBalanceSim did not write (e.g. notes.txt)", error.Message, StringComparison.Ordinal);
        Assert.Contains("--allow-other-files", error.Message, StringComparison.Ordinal);
        Assert.Equal(["notes.txt", "zeta.txt"], Names());
        Publish(["a.csv"], "plan-1", allowOtherFiles: true);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_directory, "notes.txt")));
    }

    [Fact]
    public void Claim_AFileOfOurNameNotListedByOurManifest_IsNeverReplacedEvenWhenOtherFilesAreAllowed()
    {
        File.WriteAllText(Path.Combine(_directory, "a.csv"), "the user's");

        var error = Assert.Throws<ResultsFolderException>(() => Publish(["a.csv"], "plan-1", allowOtherFiles: true));

        Assert.Contains("a.csv: not written by NetBalanceSim", error.Message, StringComparison.Ordinal);
        Assert.Equal("the user's", File.ReadAllText(Path.Combine(_directory, "a.csv")));
    }

    [Fact]
    public void Claim_AManifestWithoutOurMark_IsNotTrustedAndWhatItListsIsKept()
    {
        File.WriteAllText(Path.Combine(_directory, "manifest.json"), """{ "files": ["precious.txt", "manifest.json"], "plan": "x" }""");
        File.WriteAllText(Path.Combine(_directory, "precious.txt"), "keep me");

        var error = Assert.Throws<ResultsFolderException>(() => Publish(["a.csv"], "plan-1", allowOtherFiles: true, force: true));

        Assert.Contains("manifest.json: not a manifest NetBalanceSim wrote", error.Message, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(_directory, "precious.txt")));
        Assert.Equal(["manifest.json", "precious.txt"], Names());
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("""{ "tool": "NetBalanceSim", "files": [] }""", "no known \"format\"")]
    [InlineData("""{ "tool": "NetBalanceSim", "format": 2, "files": [ { "name": "../x", "sha256": "00" } ] }""", "a malformed \"files\" entry")]
    [InlineData("""{ "tool": "NetBalanceSim", "format": 2, "files": [ "a.csv" ] }""", "a malformed \"files\" entry")]
    [InlineData("""[1, 2]""", "no \"tool\"")]
    public void Claim_AManifestWeCannotTrust_IsRefusedEvenWithForce(string manifest, string why)
    {
        File.WriteAllText(Path.Combine(_directory, "manifest.json"), manifest);

        var error = Assert.Throws<ResultsFolderException>(() => ResultsFolder.Inspect(_directory, Request("plan", force: true)));

        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Claim_AManifestOfANewerFormat_SaysSo()
    {
        File.WriteAllText(Path.Combine(_directory, "manifest.json"), """{ "tool": "NetBalanceSim", "format": 3, "files": [] }""");

        var error = Assert.Throws<ResultsFolderException>(() => ResultsFolder.Inspect(_directory, Request("plan")));

        Assert.Contains("written by a newer NetBalanceSim (manifest format 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ReferenceOfAnotherPlan_IsRefusedUnlessForced()
    {
        Publish(["a.csv"], "plan-30-reps", reference: true);

        var error = Assert.Throws<ResultsFolderException>(() => ResultsFolder.Inspect(_directory, Request("plan-2-reps")));
        Assert.Contains("holds reference results of another plan", error.Message, StringComparison.Ordinal);
        Assert.Throws<ResultsFolderException>(() => Publish(["a.csv"], "plan-2-reps"));
        Assert.Equal("a.csv content 1", File.ReadAllText(Path.Combine(_directory, "a.csv")));

        Assert.False(ResultsFolder.IsSamePlanReference(ResultsFolder.Inspect(_directory, Request("plan-2-reps", force: true)), "plan-2-reps"));
        Publish(["a.csv"], "plan-2-reps", force: true);
        Assert.Equal("a.csv content 3", File.ReadAllText(Path.Combine(_directory, "a.csv")));
    }

    [Fact]
    public void Check_ReferenceOfTheSamePlan_MayBeRegeneratedAndStaysReference()
    {
        Publish(["a.csv"], "plan-30-reps", reference: true);

        Assert.True(ResultsFolder.IsSamePlanReference(ResultsFolder.Inspect(_directory, Request("plan-30-reps")), "plan-30-reps"));
    }

    [Fact]
    public void Claim_WhileAnotherWriterHoldsTheFolder_IsRefusedNamingTheHolder()
    {
        using var first = ResultsFolder.Claim(_directory, Request("plan"), "process 4242: netbalance-sim sweep a.json");

        var error = Assert.Throws<ResultsFolderException>(() => ResultsFolder.Claim(_directory, Request("plan"), "process 2: second"));

        Assert.Contains("in use by another NetBalanceSim run (process 4242: netbalance-sim sweep a.json)", error.Message, StringComparison.Ordinal);
        first.Dispose();
        using var second = ResultsFolder.Claim(_directory, Request("plan"), "process 2: second");
    }

    [Fact]
    public void Claim_RemovesOurLeftoverTemporaryFilesOnly()
    {
        Publish(["a.csv"], "plan-1");
        File.WriteAllText(Path.Combine(_directory, ".a.csv.999.1.netbalance-sim-tmp"), "half");

        using (ResultsFolder.Claim(_directory, Request("plan-1"), "test"))
        {
            Assert.DoesNotContain(".a.csv.999.1.netbalance-sim-tmp", Names());
        }
    }

    [UnixFact]
    public void Claim_ALinkWhereWeWouldWrite_IsRefusedAndItsTargetUntouched()
    {
        var outside = Path.Combine(Directory.CreateTempSubdirectory("nbs-outside-").FullName, "victim.txt");
        File.WriteAllText(outside, "outside");
        File.CreateSymbolicLink(Path.Combine(_directory, "journal.jsonl"), outside);

        var error = Assert.Throws<ResultsFolderException>(() => Publish(["a.csv"], "plan-1", allowOtherFiles: true));

        Assert.Contains("journal.jsonl: is a symbolic link", error.Message, StringComparison.Ordinal);
        Assert.Equal("outside", File.ReadAllText(outside));
        Directory.Delete(Path.GetDirectoryName(outside)!, recursive: true);
    }

    [Fact]
    public void Inventory_AnInterruptedPublish_IsDetected()
    {
        Publish(["a.csv"], "plan-1");
        var manifest = File.ReadAllText(Path.Combine(_directory, Manifest.FileName));
        File.WriteAllText(Path.Combine(_directory, Manifest.FileName), manifest.Replace("\"complete\": true", "\"complete\": false", StringComparison.Ordinal));

        Assert.Equal("the last publish of results was interrupted", FolderInventory.Read(_directory).Inconsistency);

        Publish(["a.csv"], "plan-1");
        Assert.Null(FolderInventory.Read(_directory).Inconsistency);
    }

    [Fact]
    public void Inventory_AFileThatDiffersFromTheManifest_IsDetected()
    {
        Publish(["a.csv", "b.csv"], "plan-1");
        File.WriteAllText(Path.Combine(_directory, "b.csv"), "edited");

        Assert.Equal("b.csv differs from what the manifest lists", FolderInventory.Read(_directory).Inconsistency);
        File.Delete(Path.Combine(_directory, "a.csv"));
        Assert.Equal("a.csv is missing", FolderInventory.Read(_directory).Inconsistency);
    }

    [Fact]
    public void Inspect_APathThatIsAFile_IsRefused()
    {
        var file = Path.Combine(_directory, "results.txt");
        File.WriteAllText(file, "x");

        var error = Assert.Throws<ResultsFolderException>(() => ResultsFolder.Inspect(file, Request("plan")));

        Assert.Equal($"{file}: is a file, expected a results folder", error.Message);
    }

    [Fact]
    public void PublishAlongside_ListsTheNewFilesInOurManifest()
    {
        Publish(["a.csv"], "plan-1");

        using (var folder = ResultsFolder.Claim(_directory, new FolderRequest(null, ["fig.png", Manifest.FileName], AllowOtherFiles: true), "test"))
        {
            folder.PublishAlongside(new Dictionary<string, byte[]> { ["fig.png"] = "png"u8.ToArray() });
        }

        var manifest = Manifest.ReadOwnership(Path.Combine(_directory, Manifest.FileName))!;
        Assert.Equal(["a.csv", "fig.png"], manifest.Checksums.Keys.Order(StringComparer.Ordinal));
        Assert.True(manifest.Complete);
        Assert.Null(FolderInventory.Read(_directory).Inconsistency);
    }

    private string[] Names() =>
        [.. Directory.GetFileSystemEntries(_directory).Select(Path.GetFileName).Where(n => !n!.StartsWith(".netbalance-sim.", StringComparison.Ordinal)).Order(StringComparer.Ordinal)!];

    private static FolderRequest Request(string plan, bool force = false, bool allowOtherFiles = false) =>
        new(plan, ["a.csv", "b.csv", Manifest.FileName, "journal.jsonl"], force, allowOtherFiles);

    private void Publish(string[] names, string planId, bool reference = false, bool force = false, bool allowOtherFiles = false)
    {
        var generation = ++_generation;
        var files = names.ToDictionary(n => n, n => Encoding.UTF8.GetBytes($"{n} content {generation}"), StringComparer.Ordinal);
        var manifest = new Manifest
        {
            Scenario = new ResolvedScenario(new Scenario(), Path.Combine(_directory, "s.json"), Path.Combine(_directory, "t.edges")),
            RunSeeds = [1],
            Files = [.. names],
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
        using var folder = ResultsFolder.Claim(_directory, Request(planId, force, allowOtherFiles), "test");
        folder.Publish(files, manifest);
    }
}
