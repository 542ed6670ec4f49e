using System.Buffers.Binary;
using System.Xml.Linq;

namespace NetBalanceSim.Cli.Tests.Commands;

/// <summary><c>plot DIR --x --series --y ...</c> on a user's own sweep (a summary.csv written by hand, no manifest).</summary>
public sealed class PlotSweepCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nbs-plot-sweep-").FullName;

    public PlotSweepCommandTests()
    {
        var lines = new List<string> { "RateMbps,TpSeconds,n,relativeRuntimeMean,relativeRuntimeSd,relativeRuntimeCi95Low,relativeRuntimeCi95High,migrationsMean" };
        foreach (var rate in new[] { 5, 10, 20 })
        {
            foreach (var tp in new[] { 1, 2, 4, 8 })
            {
                var mean = 1 - (0.01 * rate) - (0.02 * tp);
                lines.Add(FormattableString.Invariant($"{rate},{tp},30,{mean},0.05,{mean - 0.03},{mean + 0.03},{rate * tp}"));
            }
        }
        File.WriteAllText(Path.Combine(_folder, "summary.csv"), string.Join('\n', lines) + "\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Plot_TpByRate_WritesPngAndSvgWithLabelsAndLegendValues()
    {
        var (exitCode, stdout, stderr) = CliRunner.Run("plot", _folder, "--x", "TpSeconds", "--series", "RateMbps");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        var stem = Path.Combine(_folder, "relativeRuntimeMean-TpSeconds-RateMbps");
        Assert.Equal($"wrote {stem}.png and {stem}.svg", stdout.TrimEnd());
        var texts = Texts(stem + ".svg");
        Assert.Contains("prediction window Tp (s)", texts);
        Assert.Contains("relative runtime: mean with 95% interval, n = 30", texts);
        Assert.Contains("relative runtime vs. prediction window Tp", texts);
        Assert.Contains("data rate", texts);
        Assert.Contains("5 Mbit/s", texts);
        Assert.Contains("20 Mbit/s", texts);
        Assert.Equal((800, 500), PngSize(stem + ".png"));
    }

    [Fact]
    public void Plot_SizeScaleFormatAndTitle_AreApplied()
    {
        var (exitCode, stdout, _) = CliRunner.Run("plot", _folder, "--x", "RateMbps", "--series", "TpSeconds", "--y", "migrationsMean",
            "--title", "my migrations", "--width", "600", "--height", "400", "--scale", "2", "--format", "png");

        Assert.Equal(0, exitCode);
        Assert.Equal($"wrote {Path.Combine(_folder, "migrationsMean-RateMbps-TpSeconds.png")}", stdout.TrimEnd());
        Assert.Equal((1200, 800), PngSize(Path.Combine(_folder, "migrationsMean-RateMbps-TpSeconds.png")));
        Assert.False(File.Exists(Path.Combine(_folder, "migrationsMean-RateMbps-TpSeconds.svg")));
    }

    [Fact]
    public void Plot_Panel_WritesOneFigurePerValue()
    {
        var (exitCode, _, stderr) = CliRunner.Run("plot", _folder, "--x", "TpSeconds", "--panel", "RateMbps", "--format", "svg");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        Assert.Contains("relative runtime vs. prediction window Tp, data rate 10 Mbit/s", Texts(Path.Combine(_folder, "relativeRuntimeMean-TpSeconds-10.svg")));
        Assert.True(File.Exists(Path.Combine(_folder, "relativeRuntimeMean-TpSeconds-5.svg")));
        Assert.True(File.Exists(Path.Combine(_folder, "relativeRuntimeMean-TpSeconds-20.svg")));
    }

    [Fact]
    public void Plot_PresetWithAnotherTitle_KeepsItsFileName()
    {
        File.WriteAllText(Path.Combine(_folder, "manifest.json"), """{ "scenario": { "name": "fig9" } }""");

        var (exitCode, _, _) = CliRunner.Run("plot", _folder, "--figure", "fig9", "--title", "data rate, my sweep");

        Assert.Equal(0, exitCode);
        var texts = Texts(Path.Combine(_folder, "fig9.svg"));
        Assert.Contains("data rate, my sweep", texts);
        Assert.Contains("10 Mbit/s", texts);
    }

    [Theory]
    [InlineData(new[] { "--x", "Tp" }, "summary.csv:1: no swept key 'Tp' (--x); the swept keys are [RateMbps, TpSeconds].")]
    [InlineData(new[] { "--x", "TpSeconds", "--series", "RateMbps", "--y", "median" }, "summary.csv:1: no metric 'median' (--y); the metrics are [n, relativeRuntimeMean, relativeRuntimeSd, relativeRuntimeCi95Low, relativeRuntimeCi95High, migrationsMean].")]
    [InlineData(new[] { "--x", "TpSeconds", "--panel", "topology" }, "summary.csv:1: no swept key 'topology' (--panel); the swept keys are [RateMbps, TpSeconds].")]
    [InlineData(new[] { "--y", "relativeRuntimeMean" }, "--y needs --x (the swept key on the x axis) or --figure.")]
    [InlineData(new[] { "--figure", "fig5", "--x", "TpSeconds" }, "--x applies to the sweep figures (fig6 .. fig10 or --x), not to fig5.")]
    [InlineData(new[] { "--x", "TpSeconds", "--format", "pdf" }, "unknown format 'pdf' in --format (known: png, svg).")]
    [InlineData(new[] { "--x", "TpSeconds", "--width", "20" }, "--width and --height must be 100 to 10000 pixels (got 20 x 500).")]
    public void Plot_BadOption_IsAOneLineUsageError(string[] options, string expected)
    {
        var (exitCode, stdout, stderr) = CliRunner.Run(["plot", _folder, .. options]);

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        var message = stderr.TrimEnd();
        Assert.Single(message.Split('\n'));
        Assert.EndsWith(expected, message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder, "*.svg"));
    }

    private static List<string> Texts(string svgPath) =>
        [.. XDocument.Load(svgPath).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim())];

    private static (int Width, int Height) PngSize(string path)
    {
        var png = File.ReadAllBytes(path);
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }
}
