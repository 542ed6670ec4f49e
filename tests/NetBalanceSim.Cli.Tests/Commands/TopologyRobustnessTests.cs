namespace NetBalanceSim.Cli.Tests.Commands;

/// <summary>Inputs that once crashed or hung a topology verb: each must end in success or one line of error.</summary>
public sealed class TopologyRobustnessTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("netbalance-cli-robust-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("--beta", "0.0001", "--link-counts", "1,2,3,4,4,5")]
    [InlineData("--beta", "1e-5", "--link-counts", "5")]
    public void Generate_InternetTinyBeta_Succeeds(string betaOption, string beta, string countsOption, string counts)
    {
        string path = Path.Combine(folder, "i.edges");
        var (exitCode, stdout, stderr) = CliRunner.Run("topology", "generate", "internet", "--nodes", "50", betaOption, beta, countsOption, counts, "-o", path);

        Assert.Equal("", stderr);
        Assert.Equal(0, exitCode);
        Assert.StartsWith($"wrote {path}: 50 nodes", stdout, StringComparison.Ordinal);
    }
}
