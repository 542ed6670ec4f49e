namespace NetBalanceSim.Topologies.Tests;

/// <summary>Finds the repository root (the folder holding NetBalanceSim.sln) from the test's output folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "NetBalanceSim.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("NetBalanceSim.sln not found above " + AppContext.BaseDirectory);
    }
}
