namespace NetBalanceSim.Cli.Tests.Commands;

/// <summary>A sweep's console summary is one aligned row per point.</summary>
public sealed class SweepSummaryTableTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("nbs-table-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Sweep_PrintsOneAlignedRowPerPointUnderAHeader()
    {
        var scenario = RingScenario.Write(_root, """ "name": "table", "repetitions": 2, "sweep": { "TpSeconds": [2, 16, 128] }, """, "s.json");

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
