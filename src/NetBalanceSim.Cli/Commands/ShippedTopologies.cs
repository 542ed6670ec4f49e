namespace NetBalanceSim.Cli.Commands;

/// <summary>Finds the folder of the shipped topology files (<c>topologies/*.edges</c>) for the benchmarks.</summary>
internal static class ShippedTopologies
{
    private const string Marker = "grid.edges";

    /// <summary>
    /// <paramref name="explicitFolder"/> if given; else <c>topologies/</c> in the current folder or the nearest folder
    /// above it, then above the program's own folder (a build output inside the repository).
    /// </summary>
    public static string Locate(string? explicitFolder)
    {
        if (explicitFolder is not null)
        {
            return File.Exists(Path.Combine(explicitFolder, Marker))
                ? explicitFolder
                : throw new UsageException($"--topologies-dir {explicitFolder}: no {Marker} there; expected the folder holding grid.edges, campus.edges, waxman.edges and internet.edges");
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "topologies");
                if (File.Exists(Path.Combine(candidate, Marker)))
                {
                    return candidate;
                }
            }
        }

        throw new UsageException(
            "topologies/ with the shipped .edges files was not found in the current folder or any folder above it " +
            "(nor above the program's folder); run from the repository or give --topologies-dir DIR");
    }
}
