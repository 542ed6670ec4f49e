using System.Text.Json;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;
using NetBalanceSim.Topologies.Formats;

namespace NetBalanceSim.Experiments.Tests.Reference;

/// <summary>The committed reference results (results/figN) come from the committed code.</summary>
public sealed class ReferenceResultsTests
{
    [Theory]
    [InlineData("fig5", 0, 0)]
    [InlineData("fig8", 27, 1)]
    [InlineData("fig10", 0, 2)]
    public void ReferenceRow_RerunWithItsRecordedSeed_IsIdentical(string figure, int pointIndex, int repetition)
    {
        var root = RepositoryRoot.Path;
        var results = Path.Combine(root, "results", figure);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(results, "manifest.json")));
        var recorded = manifest.RootElement.GetProperty("scenario");
        var overrides = new[]
        {
            $"repetitions={recorded.GetProperty("repetitions").GetInt64()}",
            $"baseSeed={recorded.GetProperty("baseSeed").GetInt64()}",
        };
        var plan = SweepPlan.Of(ScenarioFile.Load(Path.Combine(root, "scenarios", figure + ".json"), overrides));
        var point = plan.Points[pointIndex];
        var topology = TopologyFile.Read(point.Resolved.TopologyPath).Topology;

        var unit = ResultTables.UnitRows(point.Index, RepetitionRunner.Run(point.Resolved.Scenario, topology, repetition));

        var expected = unit.RunRows.Select(row => string.Join(",", [.. point.Values, .. row])).ToArray();
        var committed = File.ReadAllLines(Path.Combine(results, "runs.csv"));
        Assert.Equal(string.Join(",", [.. plan.Columns, .. ResultTables.RunColumns]), committed[0]);
        foreach (var line in expected)
        {
            Assert.Contains(line, committed);
        }
    }
}
