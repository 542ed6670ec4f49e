using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

using NetBalanceSim.Tests;

namespace NetBalanceSim.Cli.Tests.Corpus;

/// <summary>
/// Every bad topology input of <see cref="TopologyInputCorpus"/> run through the real command line, in-process:
/// <c>topology stats FILE</c> and, for most, <c>run scenarios/default.json --set topology=FILE -o OUT</c>. Each
/// must end with exit code 2 and exactly one line on stderr that starts with <c>netbalance-sim: </c>, names the file
/// (and the line, where there is one), says what the case expects, and holds no "internal error" and no .NET type
/// name; nothing may be written, neither in the test's folder (the run's output folder included) nor in results/.
/// </summary>
public sealed partial class TopologyInputCorpusTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("nbs-corpus-").FullName;

    public static TheoryData<string> PortableCases => [.. TopologyInputCorpus.All.Where(c => !c.UnixOnly).Select(c => c.Name)];

    public static TheoryData<string> UnixCases => [.. TopologyInputCorpus.All.Where(c => c.UnixOnly).Select(c => c.Name)];

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Corpus_HasAtLeast90CasesCoveringEveryFormat()
    {
        var cases = TopologyInputCorpus.All.ToList();

        Assert.True(cases.Count >= 90, $"{cases.Count} cases");
        foreach (var extension in new[] { ".edges", ".graphml", ".gml", ".net", ".mtx" })
        {
            Assert.True(cases.Count(c => Path.GetExtension(c.FileName) == extension) >= 10, extension);
        }
    }

    [Theory]
    [MemberData(nameof(PortableCases))]
    public Task BadTopology_ExitsWithCode2AndOneLineAndWritesNothing(string name) => Check(TopologyInputCorpus.Get(name));

    [UnixTheory]
    [MemberData(nameof(UnixCases))]
    public Task BadTopologyOnUnixFileSystem_ExitsWithCode2AndOneLineAndWritesNothing(string name) => Check(TopologyInputCorpus.Get(name));

    private async Task Check(CorpusCase corpusCase)
    {
        string path = Make(corpusCase);
        var before = Snapshot();

        var stats = await RunBounded(["topology", "stats", path, .. corpusCase.StatsOptions]);

        AssertOneLineError(corpusCase, path, stats, checkPlace: true);
        Assert.Equal("", stats.Stdout);
        Assert.Equal(before, Snapshot());
        if (corpusCase.AlsoRun)
        {
            string output = Path.Combine(folder, "run-out");
            string scenario = Path.Combine(RepositoryRoot.Path, "scenarios", "default.json");

            var run = await RunBounded(["run", scenario, "--set", $"topology={path}", "-o", output]);

            // The scenario refuses a path that is no file itself, in its own words, naming the path but no line.
            bool byScenario = corpusCase.Kind is CorpusKind.Missing or CorpusKind.Directory || corpusCase.LinkTarget.EndsWith('/');
            AssertOneLineError(corpusCase, path, run, checkPlace: !byScenario);
            Assert.False(Directory.Exists(output), "the run created its output folder");
            Assert.Equal(before, Snapshot());
        }
    }

    /// <summary>Runs the command line, failing the test rather than hanging when a command blocks (on a pipe, say).</summary>
    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunBounded(string[] args)
    {
        var task = Task.Run(() => CliRunner.Run(args));
        var first = await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(first == task, $"'{string.Join(' ', args)}' did not end within 60 s");
        return await task;
    }

    private static void AssertOneLineError(CorpusCase corpusCase, string path, (int ExitCode, string Stdout, string Stderr) result, bool checkPlace)
    {
        string stderr = result.Stderr;
        Assert.True(stderr.EndsWith(Environment.NewLine, StringComparison.Ordinal), $"stderr does not end with a line break: [{stderr}]");
        string line = stderr[..^Environment.NewLine.Length];
        Assert.DoesNotMatch(LineBreak(), line);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("netbalance-sim: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", line, StringComparison.Ordinal);
        Assert.DoesNotMatch(TypeName(), line);
        string file = Escaped(path);
        Assert.Contains(file, line, StringComparison.Ordinal);
        if (!checkPlace)
        {
            return;
        }
        Assert.Contains(corpusCase.Line is int n ? string.Create(CultureInfo.InvariantCulture, $"{file}:{n}: ") : $"{file}: ", line, StringComparison.Ordinal);
        if (corpusCase.Expected is string expected)
        {
            Assert.Contains(expected, line, StringComparison.Ordinal);
        }
    }

    /// <summary>Makes the case's path in the test's folder and returns it.</summary>
    private string Make(CorpusCase corpusCase)
    {
        string path = Path.Combine(folder, corpusCase.FileName);
        switch (corpusCase.Kind)
        {
            case CorpusKind.File:
                File.WriteAllBytes(path, corpusCase.Content);
                break;
            case CorpusKind.Directory:
                Directory.CreateDirectory(path);
                break;
            case CorpusKind.Fifo:
                using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!)
                {
                    mkfifo.WaitForExit();
                    Assert.Equal(0, mkfifo.ExitCode);
                }
                break;
            case CorpusKind.Symlink:
                string target = corpusCase.LinkTarget;
                if (target.EndsWith('/'))
                {
                    Directory.CreateDirectory(Path.Combine(folder, target));
                }
                File.CreateSymbolicLink(path, target.TrimEnd('/'));
                break;
            default:
                break;
        }
        return path;
    }

    /// <summary>Every entry of the test's folder and of the repository's results/ with its size and time.</summary>
    private string[] Snapshot()
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        string results = Path.Combine(RepositoryRoot.Path, "results");
        return [.. new[] { folder, results }
            .Where(Directory.Exists)
            .SelectMany(root => Directory.EnumerateFileSystemEntries(root, "*", options))
            .Select(Describe)
            .Order(StringComparer.Ordinal)];
    }

    private static string Describe(string entry)
    {
        var info = new FileInfo(entry);
        long length = info.Attributes.HasFlag(FileAttributes.Directory) ? -1 : info.Length;
        return string.Create(CultureInfo.InvariantCulture, $"{entry} {length} {info.LastWriteTimeUtc.Ticks}");
    }

    /// <summary>The path as a one-line message writes it: line breaks, tabs and lone surrogates escaped.</summary>
    private static string Escaped(string path)
    {
        var text = new StringBuilder();
        for (int i = 0; i < path.Length; i++)
        {
            char c = path[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < path.Length && char.IsLowSurrogate(path[i + 1]);
            _ = c switch
            {
                '\n' => text.Append("\\n"),
                '\r' => text.Append("\\r"),
                '\t' => text.Append("\\t"),
                _ when !pair && (char.IsControl(c) || char.IsSurrogate(c)) => text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => text.Append(c),
            };
        }
        return text.ToString();
    }

    [GeneratedRegex("[\r\n\u2028\u2029]")]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"System\.|Exception")]
    private static partial Regex TypeName();
}
