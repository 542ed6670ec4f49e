using NetBalanceSim.Experiments.Data;
using NetBalanceSim.Tests;

namespace NetBalanceSim.Cli.Tests.Commands;

/// <summary>The data shipped beside the program (and so in the tool package) is the checkout's, byte for byte.</summary>
public sealed class ShippedDataTests
{
    public static TheoryData<string> Files() =>
    [
        .. Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "scenarios"), "*.json").Select(f => Path.Combine("scenarios", Path.GetFileName(f))),
        .. Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "topologies"), "*.edges").Select(f => Path.Combine("topologies", Path.GetFileName(f))),
        .. Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "scenarios", "traces"), "*.csv").Select(f => Path.Combine("scenarios", "traces", Path.GetFileName(f))),
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void BesideTheProgram_IsTheCheckoutsFile(string file)
    {
        var outside = Path.GetTempPath();
        var data = DataFolder.Locate(outside, null, AppContext.BaseDirectory);

        Assert.Equal(Path.GetFullPath(AppContext.BaseDirectory), data);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, file)), File.ReadAllBytes(Path.Combine(data, file)));
    }
}
