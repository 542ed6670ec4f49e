using NetBalanceSim.Experiments.Output;
using SharedSource;

namespace NetBalanceSim.Experiments.Tests.Output;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nbs-atomic-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void WriteAllText_ReplacesTheFileAndLeavesNoTemporary()
    {
        var path = Path.Combine(_directory, "sub", "runs.csv");
        AtomicFile.WriteAllText(path, "old\n");

        AtomicFile.WriteAllText(path, "new\n");

        Assert.Equal("new\n", File.ReadAllText(path));
        Assert.Equal(["runs.csv"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_FailingHalfway_KeepsTheOldFile()
    {
        var path = Path.Combine(_directory, "summary.csv");
        AtomicFile.WriteAllText(path, "complete\n");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.WriteByte((byte)'x');
            throw new InvalidOperationException("interrupted");
        }));

        Assert.Equal("complete\n", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_directory));
    }
}
