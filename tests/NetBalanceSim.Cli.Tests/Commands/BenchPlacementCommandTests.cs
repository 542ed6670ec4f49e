using System.Text.Json;

namespace NetBalanceSim.Cli.Tests.Commands;

/// <summary>bench placement with a tiny budget (a few seconds); its speed is never asserted.</summary>
public sealed class BenchPlacementCommandTests
{
    private static readonly string[] Tiny = ["bench", "placement", "--topology", "grid", "--runs", "1", "--moves", "20000", "--moves-per-vnode", "2", "--json"];

    [Fact]
    public void Grid_TinyBudget_ReportsTauAboveTheBoundAndMetisOrANote()
    {
        var (exitCode, stdout, _) = CliRunner.Run(Tiny);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(stdout);
        var row = Assert.Single(json.RootElement.GetProperty("topologies").EnumerateArray());
        Assert.Equal("grid", row.GetProperty("topology").GetString());
        Assert.Equal(1600, row.GetProperty("vnodes").GetInt32());
        Assert.Equal(800, row.GetProperty("changedSink").GetInt32());
        Assert.True(row.GetProperty("tau").GetDouble() >= row.GetProperty("tauLowerBound").GetDouble());
        Assert.True(row.GetProperty("movesPerSecond").GetDouble() > 0);
        if (json.RootElement.GetProperty("gpmetis").ValueKind == JsonValueKind.Null)
        {
            Assert.Equal("gpmetis not found", row.GetProperty("metisNote").GetString());
        }
        else
        {
            Assert.True(row.GetProperty("metisTau").GetDouble() >= row.GetProperty("tauLowerBound").GetDouble());
        }
    }

    [Fact]
    public void Grid_WithoutGpmetis_StillSucceedsAndSaysSo()
    {
        var (exitCode, stdout, _) = CliRunner.Run([.. Tiny[..^1], "--gpmetis", "/nonexistent/gpmetis"]);

        Assert.Equal(0, exitCode);
        var row = stdout.Split('\n').Single(l => l.StartsWith("grid", StringComparison.Ordinal));
        Assert.Contains("| gpmetis not found ", row, StringComparison.Ordinal);
        Assert.Contains("METIS: gpmetis not found", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--topology", "ring" }, "netbalance-sim: --topology must be all, grid, campus, waxman, internet (got 'ring').\n")]
    [InlineData(new[] { "--runs", "0" }, "netbalance-sim: --runs must be at least 1 (got 0).\n")]
    public void BadOption_ExitCode2(string[] option, string expected)
    {
        var (exitCode, _, stderr) = CliRunner.Run(["bench", "placement", .. option]);

        Assert.Equal(2, exitCode);
        Assert.Equal(expected, stderr);
    }

    [Fact]
    public void TopologiesDirWithoutFiles_ExitCode2()
    {
        var empty = Directory.CreateTempSubdirectory("netbalance-cli-empty-").FullName;
        try
        {
            var (exitCode, _, stderr) = CliRunner.Run("bench", "placement", "--topologies-dir", empty);

            Assert.Equal(2, exitCode);
            Assert.StartsWith($"netbalance-sim: --topologies-dir {empty}: no grid.edges there", stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }
}
