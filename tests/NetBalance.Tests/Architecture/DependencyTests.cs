namespace NetBalance.Tests.Architecture;

public sealed class DependencyTests
{
    [Fact]
    public void NetBalanceAssembly_ReferencesNoSimulatorAssembly()
    {
        var references = typeof(TestbedCostModel).Assembly.GetReferencedAssemblies();

        Assert.DoesNotContain(references, r => r.Name!.StartsWith("NetBalanceSim", StringComparison.Ordinal));
        Assert.NotEmpty(references);
    }

    [Fact]
    public void NetBalanceProject_HasNoProjectReference()
    {
        var project = FindRepositoryFile("src/NetBalance/NetBalance.csproj");

        Assert.DoesNotContain("ProjectReference", File.ReadAllText(project), StringComparison.Ordinal);
    }

    [Fact]
    public void NetBalanceSources_NeverWriteToConsole()
    {
        var sources = Directory.GetFiles(Path.GetDirectoryName(FindRepositoryFile("src/NetBalance/NetBalance.csproj"))!, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal));

        Assert.All(sources, f => Assert.DoesNotContain("Console.", File.ReadAllText(f), StringComparison.Ordinal));
    }

    private static string FindRepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(relative);
    }
}
