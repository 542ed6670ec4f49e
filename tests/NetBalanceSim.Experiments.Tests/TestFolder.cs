namespace NetBalanceSim.Experiments.Tests;

/// <summary>A temporary folder with a <c>scenarios/</c> and a <c>topologies/</c> holding a small grid; deleted on dispose.</summary>
internal sealed class TestFolder : IDisposable
{
    public TestFolder()
    {
        Root = Directory.CreateTempSubdirectory("nbs-exp-").FullName;
        Directory.CreateDirectory(Path.Combine(Root, "scenarios"));
        Directory.CreateDirectory(Path.Combine(Root, "topologies"));
        File.WriteAllText(Path.Combine(Root, "topologies", "grid.edges"), GridEdges(6, 6));
    }

    public string Root { get; }

    /// <summary>Writes a scenario file and returns its path.</summary>
    public string Scenario(string name, string json)
    {
        var path = Path.Combine(Root, "scenarios", name);
        File.WriteAllText(path, json);
        return path;
    }

    /// <summary>A small, quick scenario on the 6 x 6 grid (2 x 2 CPUs, heavy streams so that tau is above 1).</summary>
    public string QuickScenario(string name = "quick.json", string extra = "") => Scenario(name, $$"""
        {
          "description": "quick test scenario",
          "topology": "grid",
          "physicalNodes": 2,
          "cpusPerNode": 2,
          "RateMbps": 500,
          "repetitions": 3,
          "sinkChanges": 3,
          "initialPlacementMovesPerVnode": 100,
          "coordinatorMovesPerSecond": 2000{{extra}}
        }
        """);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static string GridEdges(int rows, int columns)
    {
        var lines = new List<string> { "# a small grid for tests" };
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var v = (r * columns) + c;
                if (c + 1 < columns)
                {
                    lines.Add($"{v} {v + 1}");
                }
                if (r + 1 < rows)
                {
                    lines.Add($"{v} {v + columns}");
                }
            }
        }
        return string.Join('\n', lines) + "\n";
    }
}
