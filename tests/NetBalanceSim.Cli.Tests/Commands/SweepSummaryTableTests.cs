namespace NetBalanceSim.Cli.Tests.Commands;

/// <summary>A sweep's console summary is one aligned row per point.</summary>
public sealed class SweepSummaryTableTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("nbs-table-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Sweep_PrintsOneAlignedRowPerPointUnderAHeader()
    {
        Directory.CreateDirectory(Path.Combine(_root, "topologies"));
        File.WriteAllText(Path.Combine(_root, "topologies", "ring.edges"), string.Join('\n', Enumerable.Range(0, 12).Select(v => $"{v} {(v + 1) % 12}")) + "\n");
        var scenario = Path.Combine(_root, "s.json");
        File.WriteAllText(scenario, """
            { "name": "table", "description": "ring", "topology": "topologies/ring.edges", "physicalNodes": 2, "cpusPerNode": 1,
              "RateMbps": 800, "sinkChanges": 2, "initialPlacementMovesPerVnode": 50, "coordinatorMovesPerSecond": 1000,
              "repetitions": 2, "sweep": { "TpSeconds": [2, 16, 128] } }
            """);

        var (exitCode, stdout, _) = CliRunner.Run("sweep", scenario, "-o", Path.Combine(_root, "out"));

        Assert.Equal(0, exitCode);
        var lines = stdout.Split('\n');
        var header = Array.FindIndex(lines, l => l.TrimStart().StartsWith("TpSeconds ", StringComparison.Ordinal));
        Assert.True(header > 0, stdout);
        Assert.Contains("relative runtime", lines[header], StringComparison.Ordinal);
        Assert.StartsWith("─", lines[header + 1].TrimStart(), StringComparison.Ordinal);
        var rows = lines.Skip(header + 2).Take(3).ToArray();
        Assert.Equal(["2", "16", "128"], rows.Select(r => r.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]));
        // Right-aligned numbers: every row's relative runtime ends where the header's column does.
        var end = lines[header].IndexOf("relative runtime", StringComparison.Ordinal) + "relative runtime".Length;
        Assert.All(rows, r => Assert.Matches(@"^[0-9]\.[0-9]{3}$", r[(end - 5)..end]));
        Assert.All(lines, l => Assert.Equal(l.TrimEnd(), l));
    }
}
