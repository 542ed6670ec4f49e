namespace NetBalanceSim.Cli.Tests.Commands;

public sealed class PlotCommandTests : IDisposable
{
    private const string SummaryHeader = "TpSeconds,topology,n,relativeRuntimeMean,relativeRuntimeSd,relativeRuntimeCi95Low,relativeRuntimeCi95High,runtimeNetBalanceSecondsMean,runtimeBaselineSecondsMean,replacementsDeployedMean,migrationsMean,reconfigurationSecondsMean\n";

    private readonly string _root = Directory.CreateTempSubdirectory("nbs-plot-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Plot_Figure7Folder_WritesPngAndSvgNamedByTheManifest()
    {
        var folder = Fig7Folder();

        var (exitCode, stdout, stderr) = CliRunner.Run("plot", folder);

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        Assert.Equal($"wrote {Path.Combine(folder, "fig7.png")} and {Path.Combine(folder, "fig7.svg")}", stdout.TrimEnd());
        Assert.True(new FileInfo(Path.Combine(folder, "fig7.png")).Length > 0);
        Assert.Contains("prediction window Tp (s)", File.ReadAllText(Path.Combine(folder, "fig7.svg")), StringComparison.Ordinal);
    }

    [Fact]
    public void Plot_Figure5FromATauTrace_WithTheFigureOption()
    {
        var folder = Path.Combine(_root, "default");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "tau-trace.csv"), """
            variant,repetition,realSeconds,virtualSeconds,tau,cause
            netbalance,0,0,0,4.8,start
            netbalance,0,576,120,13.6,sinkChange
            netbalance,0,577,120.07,inf,suspend
            netbalance,0,590,120.07,6.7,resume
            netbalance,0,1400,240,6.7,end
            baseline,0,0,0,4.8,start
            baseline,0,576,120,13.6,sinkChange
            baseline,0,2208,240,13.6,end

            """.Replace("\r", "", StringComparison.Ordinal));

        var (exitCode, _, stderr) = CliRunner.Run("plot", folder, "--figure", "fig5");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        Assert.Contains("time dilation factor τ", File.ReadAllText(Path.Combine(folder, "fig5.svg")), StringComparison.Ordinal);
    }

    [Fact]
    public void Plot_MissingFolder_IsAUsageError()
    {
        var missing = Path.Combine(_root, "nope");

        AssertUsageError(CliRunner.Run("plot", missing), $"netbalance-sim: {missing}: no such results folder.");
    }

    [Fact]
    public void Plot_MissingSummary_IsAUsageErrorNamingTheFile()
    {
        var folder = Fig7Folder();
        File.Delete(Path.Combine(folder, "summary.csv"));

        AssertUsageError(CliRunner.Run("plot", folder), $"netbalance-sim: {Path.Combine(folder, "summary.csv")}: no such file.");
    }

    [Fact]
    public void Plot_MissingTauTrace_IsAUsageErrorNamingTheFile()
    {
        var folder = Fig7Folder();

        AssertUsageError(CliRunner.Run("plot", folder, "--figure", "fig5"), $"netbalance-sim: {Path.Combine(folder, "tau-trace.csv")}: no such file.");
    }

    [Fact]
    public void Plot_MalformedCsv_IsAUsageErrorWithTheLine()
    {
        var folder = Fig7Folder();
        File.AppendAllText(Path.Combine(folder, "summary.csv"), "16,\"grid,3,0.4,0.02,0.38,0.42,1,2,3,4,5\n");

        AssertUsageError(CliRunner.Run("plot", folder), $"netbalance-sim: {Path.Combine(folder, "summary.csv")}:4: a quoted field is not closed before the end of the file.");
    }

    [Fact]
    public void Plot_UnknownFigure_IsAUsageError()
    {
        var folder = Fig7Folder();

        AssertUsageError(CliRunner.Run("plot", folder, "--figure", "fig4"), "netbalance-sim: unknown figure 'fig4' (known: fig5, fig6, fig7, fig8, fig9, fig10, strategies, strategies-tradeoff, learned-to, predictors, predictors-error).");
    }

    private string Fig7Folder()
    {
        var folder = Path.Combine(_root, "fig7");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "manifest.json"), """{ "scenario": { "name": "fig7" } }""");
        File.WriteAllText(Path.Combine(folder, "summary.csv"), SummaryHeader +
            "4,grid,3,0.5,0.02,0.45,0.55,1,2,3,4,5\n" +
            "8,grid,3,0.45,0.02,0.4,0.5,1,2,3,4,5\n");
        return folder;
    }

    private static void AssertUsageError((int ExitCode, string Stdout, string Stderr) result, string expected)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal(expected, result.Stderr.TrimEnd());
        Assert.Single(result.Stderr.TrimEnd().Split('\n'));
    }
}
