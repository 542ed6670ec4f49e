using System.Text.RegularExpressions;

namespace NetBalanceSim.Cli.Tests.Corpus;

/// <summary>
/// Every bad scenario file and command line of <see cref="ScenarioInputCorpus"/>, run in-process through the real command
/// line: exit code 2, one line on stderr starting with <c>netbalance-sim: </c> (System.CommandLine's own parse errors
/// may add the help hint), no internal error, no .NET type name, no raw control character or lone surrogate, and nothing
/// created: the <c>-o</c> folder does not exist afterwards and the temporary folder's listing is unchanged.
/// </summary>
public sealed partial class ScenarioInputCorpusTests : IDisposable
{
    private const string HelpHint = "Try 'netbalance-sim --help'.";

    private readonly string folder = Directory.CreateTempSubdirectory("netbalance-corpus-").FullName;
    private readonly string output;

    public ScenarioInputCorpusTests()
    {
        output = Path.Combine(folder, "out");
        File.WriteAllText(Path.Combine(folder, "path.edges"), "0 1\n1 2\n");
        File.WriteAllText(Path.Combine(folder, "good.json"), """{ "description": "d", "topology": "path.edges", "repetitions": 1, "sinkChanges": 1 }""");
        File.WriteAllText(Path.Combine(folder, "swept.json"), """{ "description": "d", "topology": "path.edges", "repetitions": 1, "sinkChanges": 1, "sweep": { "TpSeconds": [1, 2] } }""");
    }

    public static TheoryData<string> FileCases => [.. ScenarioInputCorpus.Files.Keys];

    public static TheoryData<string> CommandCases => [.. ScenarioInputCorpus.Commands.Keys];

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Corpus_HasAtLeast90Cases() =>
        Assert.InRange(ScenarioInputCorpus.Files.Count + ScenarioInputCorpus.Commands.Count, 90, int.MaxValue);

    [Fact]
    public void Corpus_GoodInputs_Run()
    {
        // The corpus's valid base files do run, so the cases fail for their own fault and not the base's.
        Assert.Equal(0, CliRunner.Run("sweep", Path.Combine(folder, "good.json"), "--list", "-o", output).ExitCode);
        Assert.Equal(0, CliRunner.Run("sweep", Path.Combine(folder, "swept.json"), "--list", "-o", output).ExitCode);
    }

    [Theory]
    [MemberData(nameof(FileCases))]
    public void BadScenarioFile_IsOneLineExitCode2AndCreatesNothing(string name)
    {
        var scenario = Path.Combine(folder, "case.json");
        ScenarioInputCorpus.Write(scenario, ScenarioInputCorpus.Files[name]);

        AssertRefused(["sweep", scenario, "-o", output, "--jobs", "1"], parseError: false);
    }

    [Theory]
    [MemberData(nameof(CommandCases))]
    public void BadCommandLine_IsOneLineExitCode2AndCreatesNothing(string name)
    {
        var (args, parseError) = ScenarioInputCorpus.Commands[name];
        var expanded = args.Select(a => a
            .Replace("{good}", Path.Combine(folder, "good.json"), StringComparison.Ordinal)
            .Replace("{swept}", Path.Combine(folder, "swept.json"), StringComparison.Ordinal)
            .Replace("{path}", Path.Combine(folder, "path.edges"), StringComparison.Ordinal)
            .Replace("{out}", output, StringComparison.Ordinal)
            .Replace("{folder}", folder, StringComparison.Ordinal)
            .Replace("{D800}", "\ud800", StringComparison.Ordinal)).ToArray();

        AssertRefused(expanded, parseError);
    }

    private void AssertRefused(string[] args, bool parseError)
    {
        var before = Listing();

        var (exitCode, stdout, stderr) = CliRunner.Run(args);

        var lines = stderr.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.True(exitCode == 2, $"exit code {exitCode}; stderr: {stderr}");
        Assert.Equal("", stdout);
        Assert.True(lines.Length == 1 || (parseError && lines.Length == 2 && lines[1] == HelpHint), $"not one line: {stderr}");
        Assert.StartsWith("netbalance-sim: ", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
        Assert.DoesNotMatch(TypeName(), stderr);
        Assert.DoesNotContain(lines[0], c => char.IsControl(c) || char.IsSurrogate(c));
        Assert.False(Directory.Exists(output) || File.Exists(output), $"{output} was created");
        Assert.Equal(before, Listing());
    }

    private string[] Listing() =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"System\.|Exception|Nullable")]
    private static partial Regex TypeName();
}
