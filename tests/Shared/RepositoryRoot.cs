namespace NetBalanceSim.Tests;

/// <summary>The checkout's root (the folder holding NetBalanceSim.sln), found from the test's output folder.</summary>
/// <remarks>Compiled into every test project (tests/Directory.Build.props).</remarks>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "NetBalanceSim.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No NetBalanceSim.sln above {AppContext.BaseDirectory}.");
    }
}
