namespace NetBalanceSim.Architecture.Tests;

/// <summary>Libraries write no console output; only the command line does (STYLE §12).</summary>
public sealed class ForbiddenCodeTests
{
    public static TheoryData<string> LibrarySourceFiles()
    {
        var data = new TheoryData<string>();
        var src = Path.Combine(RepositoryRoot.Path, "src");
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(RepositoryRoot.Path, file).Replace('\\', '/');
            var isBuildOutput = relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal);
            if (!isBuildOutput && !relative.StartsWith("src/NetBalanceSim.Cli/", StringComparison.Ordinal))
            {
                data.Add(relative);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(LibrarySourceFiles))]
    public void LibraryFile_DoesNotUseTheConsole(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, relativePath));

        Assert.DoesNotContain("Console.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void BannedSymbols_CoverTheWallClockAndUnseededRandomness()
    {
        var banned = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "BannedSymbols.txt"));

        Assert.Contains("M:System.Random.#ctor;", banned, StringComparison.Ordinal);
        Assert.Contains("P:System.DateTime.Now;", banned, StringComparison.Ordinal);
        Assert.Contains("M:System.String.GetHashCode;", banned, StringComparison.Ordinal);
    }
}
