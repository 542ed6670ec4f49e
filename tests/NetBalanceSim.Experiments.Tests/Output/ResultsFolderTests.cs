using NetBalanceSim.Experiments.Output;

namespace NetBalanceSim.Experiments.Tests.Output;

public sealed class ResultsFolderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nbs-results-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Publish_Again_DeletesOnlyFilesTheOldManifestListed()
    {
        Publish(["a.csv", "b.csv"], reference: false);
        File.WriteAllText(Path.Combine(_directory, "notes.txt"), "mine");

        Publish(["a.csv"], reference: false);

        Assert.True(File.Exists(Path.Combine(_directory, "a.csv")));
        Assert.False(File.Exists(Path.Combine(_directory, "b.csv")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_directory, "notes.txt")));
    }

    [Fact]
    public void Publish_OverReferenceResults_NeedsForce()
    {
        Publish(["a.csv"], reference: true);

        var error = Assert.Throws<ResultsFolderException>(() => Publish(["a.csv"], reference: false));
        Assert.Contains("use --force", error.Message, StringComparison.Ordinal);
        Assert.Equal("a.csv content 1", File.ReadAllText(Path.Combine(_directory, "a.csv")));

        Publish(["a.csv"], reference: false, force: true);
        Assert.Equal("a.csv content 3", File.ReadAllText(Path.Combine(_directory, "a.csv")));
    }

    private int _generation;

    private void Publish(string[] names, bool reference, bool force = false)
    {
        var generation = ++_generation;
        var files = names.ToDictionary(n => n, n => (Action<Stream>)(s => s.Write(System.Text.Encoding.UTF8.GetBytes($"{n} content {generation}"))));
        var manifest = $$"""{ "reference": {{(reference ? "true" : "false")}}, "files": [{{string.Join(", ", names.Append("manifest.json").Select(n => $"\"{n}\""))}}] }""";
        ResultsFolder.Publish(_directory, files, manifest, force);
    }
}
