using System.Reflection;
using System.Xml.Linq;

namespace NetBalanceSim.Architecture.Tests;

/// <summary>DESIGN §2: dependencies point downwards only, and NetBalance stands alone.</summary>
public sealed class DependencyTests
{
    /// <summary>The projects each project under src/ may reference (DESIGN §2's table).</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["NetBalanceSim.Kernel"] = [],
        ["NetBalance"] = [],
        ["NetBalanceSim.Topologies"] = [],
        ["NetBalanceSim.Testbed"] = ["NetBalanceSim.Kernel", "NetBalance", "NetBalanceSim.Topologies"],
        ["NetBalanceSim.Experiments"] = ["NetBalanceSim.Kernel", "NetBalance", "NetBalanceSim.Topologies", "NetBalanceSim.Testbed"],
        ["NetBalanceSim.Cli"] = ["NetBalanceSim.Kernel", "NetBalance", "NetBalanceSim.Topologies", "NetBalanceSim.Testbed", "NetBalanceSim.Experiments"],
    };

    public static TheoryData<string> SourceProjects()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(RepositoryRoot.Path, "src")).Order(StringComparer.Ordinal))
        {
            // src/Shared holds source files compiled into several projects; it is not a project.
            if (File.Exists(Path.Combine(dir, Path.GetFileName(dir) + ".csproj")))
            {
                data.Add(Path.GetFileName(dir));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void Project_References_OnlyProjectsBelowIt(string project)
    {
        Assert.True(Allowed.TryGetValue(project, out var allowed), $"src/{project} is not in DESIGN §2's table; add it to the architecture test.");
        var csproj = XDocument.Load(Path.Combine(RepositoryRoot.Path, "src", project, project + ".csproj"));
        var references = csproj.Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value));

        Assert.All(references, reference => Assert.Contains(reference, allowed));
    }

    [Theory]
    [InlineData("NetBalanceSim.Kernel")]
    [InlineData("NetBalance")]
    public void Assembly_ReferencesNoOtherProjectAssembly(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);

        var ours = assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name.StartsWith("NetBalance", StringComparison.Ordinal));

        Assert.Empty(ours);
    }
}
