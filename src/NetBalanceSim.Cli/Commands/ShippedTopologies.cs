using NetBalanceSim.Experiments.Data;

namespace NetBalanceSim.Cli.Commands;

/// <summary>Finds the folder of the shipped topology files (<c>topologies/*.edges</c>) for the benchmarks.</summary>
internal static class ShippedTopologies
{
    private const string Marker = "grid.edges";

    /// <summary>
    /// <paramref name="explicitFolder"/> if given; else <c>topologies/</c> in the data folder (<see cref="DataFolder"/>).
    /// </summary>
    public static string Locate(string? explicitFolder)
    {
        if (explicitFolder is not null)
        {
            return File.Exists(Path.Combine(explicitFolder, Marker))
                ? explicitFolder
                : throw new UsageException($"--topologies-dir {explicitFolder}: no {Marker} there; expected the folder holding grid.edges, campus.edges, waxman.edges and internet.edges");
        }

        var folder = Path.Combine(DataFolder.Locate(), "topologies");
        return File.Exists(Path.Combine(folder, Marker))
            ? folder
            : throw new UsageException($"{folder}: no {Marker} there; set {DataFolder.EnvironmentVariable} to a folder holding scenarios/ and topologies/, or give --topologies-dir DIR");
    }
}
