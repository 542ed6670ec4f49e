namespace NetBalanceSim.Cli.Tests;

/// <summary>
/// A scenario that runs in milliseconds: a 12-vertex ring on 2 x 1 VMs with heavy streams (so tau is above 1 and
/// NETbalance has something to do), 2 sink changes and small annealing budgets.
/// </summary>
internal static class RingScenario
{
    /// <summary>Writes <c>topologies/ring.edges</c> and the scenario file <paramref name="file"/> into <paramref name="folder"/>.</summary>
    /// <param name="folder">The folder (created if needed).</param>
    /// <param name="extra">More members of the scenario object, each followed by a comma, e.g. <c>"repetitions": 2,</c>.</param>
    /// <param name="file">The scenario's file name.</param>
    /// <returns>The scenario file's path.</returns>
    public static string Write(string folder, string extra = "", string file = "quick.json")
    {
        Directory.CreateDirectory(Path.Combine(folder, "topologies"));
        File.WriteAllText(Path.Combine(folder, "topologies", "ring.edges"), string.Join('\n', Enumerable.Range(0, 12).Select(v => $"{v} {(v + 1) % 12}")) + "\n");
        var path = Path.Combine(folder, file);
        File.WriteAllText(path, $$"""
            { {{extra}} "description": "ring", "topology": "topologies/ring.edges", "physicalNodes": 2, "cpusPerNode": 1,
              "RateMbps": 800, "sinkChanges": 2, "initialPlacementMovesPerVnode": 50, "coordinatorMovesPerSecond": 1000 }
            """);
        return path;
    }
}
