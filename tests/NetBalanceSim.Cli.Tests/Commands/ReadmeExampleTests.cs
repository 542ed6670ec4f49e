using System.Text.RegularExpressions;
using NetBalanceSim.Tests;

namespace NetBalanceSim.Cli.Tests.Commands;

/// <summary>The README's examples that show a command's output: the command is run and its output compared with the block.</summary>
public sealed partial class ReadmeExampleTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nbs-readme-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void PlaceExample_PrintsWhatTheReadmeShows()
    {
        const string Command = "netbalance-sim place --topology topologies/grid.edges --sink 0 -o grid-0.csv";
        var expected = OutputBlockAfter(Command);
        var output = Path.Combine(_folder, "grid-0.csv");
        var args = Command.Split(' ')[1..]
            .Select(a => a == "topologies/grid.edges" ? Path.Combine(RepositoryRoot.Path, a) : a == "grid-0.csv" ? output : a)
            .ToArray();

        var (exit, stdout, stderr) = CliRunner.Run(args);

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Equal(WithoutWallTime(expected), WithoutWallTime(stdout.Replace(output, "grid-0.csv", StringComparison.Ordinal)));
    }

    [Fact]
    public void MainJob_PrintsWhatTheReadmeShows()
    {
        // The README's first command, into a temporary folder: the same lines but for the folder and the wall time.
        const string Command = "netbalance-sim run scenarios/default.json      # or, from any folder: netbalance-sim run default";
        var expected = OutputBlockAfter(Command);
        var output = Path.Combine(_folder, "default");

        var (exit, stdout, _) = CliRunner.Run("run", Path.Combine(RepositoryRoot.Path, "scenarios", "default.json"), "-o", output);

        Assert.Equal(0, exit);
        Assert.Equal(WithoutRunTime(expected), WithoutRunTime(stdout.Replace(output, "results/default", StringComparison.Ordinal)));
    }

    /// <summary>The <c>text</c> block that follows the <c>bash</c> block holding <paramref name="command"/> in README.md.</summary>
    private static string OutputBlockAfter(string command)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var at = readme.IndexOf("```bash\n" + command + "\n```", StringComparison.Ordinal);
        Assert.True(at >= 0, $"README.md has no bash block with '{command}'");
        var start = readme.IndexOf("```text\n", at, StringComparison.Ordinal) + "```text\n".Length;
        return readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
    }

    private static string WithoutWallTime(string text) => WallTime().Replace(text, "wall time X s");

    [GeneratedRegex(@"wall time\s+[0-9.,]+ s")]
    private static partial Regex WallTime();

    private static string WithoutRunTime(string text) => RunTime().Replace(text.ReplaceLineEndings("\n"), "} in X s");

    [GeneratedRegex(@"\} in [0-9.]+ s")]
    private static partial Regex RunTime();
}
