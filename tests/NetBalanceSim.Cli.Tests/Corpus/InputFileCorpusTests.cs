using NetBalanceSim.Tests;

namespace NetBalanceSim.Cli.Tests.Corpus;

/// <summary>
/// Placement files, scenario files and results tables that are not regular files of sensible size (pipes, devices,
/// folders, dangling links, empty files) or are malformed: one line, exit 2, nothing written, and no hang (a FIFO
/// opened for reading would block for ever).
/// </summary>
public sealed class InputFileCorpusTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("nbs-input-corpus-").FullName;

    public void Dispose()
    {
        foreach (var entry in new DirectoryInfo(_root).EnumerateFileSystemInfos().Where(e => e.LinkTarget is not null || e.Attributes.HasFlag(FileAttributes.System)))
        {
            entry.Delete();
        }
        Directory.Delete(_root, recursive: true);
    }

    /// <summary>Kinds of bad file, made under a given path.</summary>
    private static readonly Dictionary<string, (Action<string> Make, string Expected)> Kinds = new(StringComparer.Ordinal)
    {
        ["fifo"] = (path => MakeFifo(path), "empty or not a regular file"),
        ["link to /dev/zero"] = (path => File.CreateSymbolicLink(path, "/dev/zero"), "empty or not a regular file"),
        ["link to /dev/urandom"] = (path => File.CreateSymbolicLink(path, "/dev/urandom"), "empty or not a regular file"),
        ["dangling link"] = (path => File.CreateSymbolicLink(path, path + ".nowhere"), "is a symbolic link to nothing readable"),
        ["folder"] = (path => Directory.CreateDirectory(path), "is a directory"),
        ["empty file"] = (path => File.WriteAllText(path, ""), "empty or not a regular file"),
    };

    public static TheoryData<string> KindNames => [.. Kinds.Keys];

    [UnixTheory]
    [MemberData(nameof(KindNames))]
    public void Evaluate_APlacementThatIsNoRegularFile_IsRefused(string kind)
    {
        var topology = Ring();
        var placement = Path.Combine(_root, "p.csv");
        Kinds[kind].Make(placement);

        AssertRefused(["evaluate", "--topology", topology, "--placement", placement, "--sink", "0", "--nodes", "2", "--cpus-per-node", "1"], $"{placement}: {Kinds[kind].Expected}");
    }

    [UnixTheory]
    [MemberData(nameof(KindNames))]
    public void Run_AScenarioThatIsNoRegularFile_IsRefused(string kind)
    {
        var scenario = Path.Combine(_root, "s.json");
        Kinds[kind].Make(scenario);

        AssertRefused(["run", scenario, "-o", Path.Combine(_root, "out")], $"{scenario}: {Kinds[kind].Expected}");
    }

    [UnixTheory]
    [MemberData(nameof(KindNames))]
    public void Plot_ASummaryThatIsNoRegularFile_IsRefused(string kind)
    {
        var folder = Path.Combine(_root, "results");
        Directory.CreateDirectory(folder);
        var summary = Path.Combine(folder, "summary.csv");
        Kinds[kind].Make(summary);

        AssertRefused(["plot", folder, "--figure", "fig7"], $"{summary}: {Kinds[kind].Expected}");
    }

    [Theory]
    [InlineData("", ": empty or not a regular file")]
    [InlineData("\uFEFFvnode,vm\n0,0\n1,1\n2,0\n", "")]
    [InlineData("vnode,vm\r\n0,0\r\n1,1\r\n2,0\r\n", "")]
    [InlineData("vnode,vm\n0,0\n1,-1\n2,0\n", ":3: vm '-1' is not a non-negative integer")]
    [InlineData("vnode,vm\n0,0\n1,99999999999999999999\n2,0\n", ":3: vm '99999999999999999999' is not a non-negative integer")]
    [InlineData("vnode,vm\n0,0\n1,1\u0000\n2,0\n", ":3: vm '1\\u0000' is not a non-negative integer")]
    [InlineData("vnode,vm\n0, 0\n1 ,1\n2,0\n", "")]
    [InlineData("vnode;vm\n0;0\n", ":1: header 'vnode;vm'; expected 'vnode,vm'")]
    [InlineData("0,0\n1,1\n2,0\n", ":1: header '0,0'; expected 'vnode,vm'")]
    public void Evaluate_AMalformedPlacement_IsOneLineNamingTheLine(string content, string expected)
    {
        var topology = Ring();
        var placement = Path.Combine(_root, "p.csv");
        File.WriteAllText(placement, content);

        var args = new[] { "evaluate", "--topology", topology, "--placement", placement, "--sink", "0", "--nodes", "2", "--cpus-per-node", "1" };
        if (expected.Length == 0)
        {
            Assert.Equal(0, CliRunner.Run(args).ExitCode); // a byte-order mark, CRLF line ends and spaces around fields are fine
            return;
        }
        AssertRefused(args, $"{placement}{expected}");
    }

    private string Ring()
    {
        var path = Path.Combine(_root, "ring.edges");
        File.WriteAllText(path, "0 1\n1 2\n2 0\n");
        return path;
    }

    private void AssertRefused(string[] args, string expected)
    {
        var before = Directory.GetFileSystemEntries(_root).Order(StringComparer.Ordinal).ToArray();
        var run = Task.Run(() => CliRunner.Run(args));
        Assert.True(run.Wait(TimeSpan.FromSeconds(60)), "the command did not finish within 60 s (it blocked on the file)");
        var (exitCode, stdout, stderr) = run.Result;

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("netbalance-sim: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"System\.|Exception|internal error", line);
        Assert.Equal(before, Directory.GetFileSystemEntries(_root).Order(StringComparer.Ordinal).ToArray());
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
