using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Tests;

namespace NetBalanceSim.Cli.Tests.Commands;

public sealed class KeysCommandTests
{
    [Fact]
    public void Keys_ListsEveryKeyWithUnitDefaultAndRange()
    {
        var (exit, stdout, stderr) = CliRunner.Run("keys");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("key ", lines[0], StringComparison.Ordinal);
        foreach (var key in ScenarioKeys.All.Select(k => k.Name).Concat(["extends", "sweep"]))
        {
            Assert.Contains(lines, line => line.StartsWith(key + " ", StringComparison.Ordinal));
        }
        Assert.Contains(lines, line => line.StartsWith("TpSeconds ", StringComparison.Ordinal) && line.Contains("virtual s", StringComparison.Ordinal) && line.Contains("> 0 .. 1e9", StringComparison.Ordinal));
    }

    [Fact]
    public void DocsKeysMd_IsWhatKeysMarkdownPrints()
    {
        var (exit, stdout, _) = CliRunner.Run("keys", "--markdown");

        Assert.Equal(0, exit);
        Assert.True(stdout == ReadDoc("keys.md"), "docs/keys.md is stale: regenerate it with 'netbalance-sim keys --markdown > docs/keys.md'");
    }

    [Fact]
    public void DocsSchema_IsWhatKeysJsonSchemaPrints()
    {
        var (exit, stdout, _) = CliRunner.Run("keys", "--json-schema");

        Assert.Equal(0, exit);
        Assert.True(stdout == ReadDoc("scenario.schema.json"), "docs/scenario.schema.json is stale: regenerate it with 'netbalance-sim keys --json-schema > docs/scenario.schema.json'");
    }

    [Theory]
    [InlineData("changeThreshold")]
    [InlineData("chiFormula")]
    [InlineData("reoptimizeWhileImproving")]
    [InlineData("ewmaAlpha")]
    [InlineData("windowMeanReports")]
    [InlineData("arOrder")]
    [InlineData("tendencyAdaptDegree")]
    public void DocsKeysMd_DocumentsTheKey(string key) =>
        Assert.Contains($"| `{key}` |", ReadDoc("keys.md"), StringComparison.Ordinal);

    [Fact]
    public void Keys_BothFormats_IsAUsageError()
    {
        var (exit, _, stderr) = CliRunner.Run("keys", "--markdown", "--json-schema");

        Assert.Equal(2, exit);
        Assert.Equal("netbalance-sim: --markdown and --json-schema: give one of them.\n", stderr);
    }

    private static string ReadDoc(string name) => File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", name)).Replace("\r\n", "\n", StringComparison.Ordinal);
}
