using System.Globalization;
using NetBalanceSim.Experiments.Components;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;
using NetBalanceSim.Topologies.Formats;

namespace NetBalanceSim.Experiments.Tests.Running;

/// <summary>The strategies held against each other on the quick grid: oracle &lt;= the others &lt;= static, the bound below all.</summary>
public sealed class StrategyComparisonTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Run_WithOracle_OracleNoWorseThanAnnealingAndBoundBelowEveryStrategy(int repetition)
    {
        var resolved = ScenarioFile.Load(_folder.QuickScenario(), ["oracle=true"]);
        var topology = TopologyFile.Read(resolved.TopologyPath).Topology;
        var runs = ComponentCatalog.Strategies.Select(s => s.Name)
            .Select(name => RepetitionRunner.Run(resolved.Scenario with { Strategy = name }, topology, repetition))
            .ToArray();

        var oracle = runs[0].Oracle!.RuntimeSeconds;
        var annealing = runs.Single(r => r.NetBalance.RuntimeSeconds == runs[0].NetBalance.RuntimeSeconds).NetBalance.RuntimeSeconds;
        Assert.True(oracle <= annealing, $"oracle {oracle} s, annealing {annealing} s");
        Assert.All(runs, r => Assert.Equal(oracle, r.Oracle!.RuntimeSeconds)); // the same oracle run whatever the strategy
        Assert.All(runs, r => Assert.True(r.BoundSeconds < r.NetBalance.RuntimeSeconds, $"bound {r.BoundSeconds} s, run {r.NetBalance.RuntimeSeconds} s"));
        Assert.All(runs, r => Assert.True(r.NetBalance.RuntimeSeconds <= r.Baseline.RuntimeSeconds));
        Assert.All(runs, r => Assert.True(r.BoundSeconds < oracle));
    }

    [Fact]
    public void Run_StaticStrategy_HasTheBaselinesRuntimeAndNoDeployment()
    {
        var resolved = ScenarioFile.Load(_folder.QuickScenario(), ["strategy=static"]);
        var topology = TopologyFile.Read(resolved.TopologyPath).Topology;

        var result = RepetitionRunner.Run(resolved.Scenario, topology, 0);

        Assert.Equal(result.Baseline.RuntimeSeconds, result.NetBalance.RuntimeSeconds);
        Assert.Equal(0, result.NetBalance.ReplacementsDeployed);
        Assert.Equal(1.0, result.RelativeRuntime);
    }

    [Fact]
    public void Bound_IsIntervalTimesTauLowerBoundSummedOverSegments()
    {
        // Two segments of 120 s with tauLB 2 and 3: 240 + 360 = 600 s.
        var shape = new NetBalance.TestbedShape(1, 1);
        var graph = NetBalance.VnodeGraph.FromEdges(1, []);
        var cost = new NetBalance.TestbedCostOptions();
        // One vnode on one VM: tauLB = cpu = 0.001 + 0.1 x (in + out) / 1000; in + out = 19,990 and 29,990 Mbit/s.
        var loads = new[]
        {
            NetBalance.Load.FromTraffic(graph, cost, [9995], [9995], []),
            NetBalance.Load.FromTraffic(graph, cost, [14995], [14995], []),
        };

        var bound = RepetitionRunner.BoundSeconds(new NetBalance.TestbedCostModel(shape, cost), loads, 120);

        Assert.Equal(600.0, bound, 9);
    }

    [Fact]
    public void Sweep_OverStrategiesWithOracle_WritesRegretAndRelativeBound()
    {
        var path = _folder.QuickScenario(extra: """, "oracle": true, "sweep": { "strategy": ["annealing", "oracle"] }""");
        var plan = SweepPlan.Of(ScenarioFile.Load(path, ["repetitions=2"]));

        var summary = ResultTables.Summary(plan, SweepRunner.Run(plan, jobs: 2));

        var lines = Csv(summary).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var oracleRow = lines.Single(l => l.StartsWith("oracle,", StringComparison.Ordinal)).Split(',');
        var annealingRow = lines.Single(l => l.StartsWith("annealing,", StringComparison.Ordinal)).Split(',');
        double Value(string[] row, string column) => double.Parse(row[Array.IndexOf(header, column)], CultureInfo.InvariantCulture);
        Assert.Equal(0.0, Value(oracleRow, "regretMean"));
        Assert.True(Value(annealingRow, "regretMean") >= 0);
        Assert.InRange(Value(annealingRow, "relativeBoundMean"), 0.01, Value(oracleRow, "relativeRuntimeMean"));
    }

    [Fact]
    public void Sweep_WithTheSharedCache_GivesTheTablesOfRunsWithoutIt()
    {
        // With the cache the oracle runs once per repetition and is shared by both points (as the reference of
        // 'annealing' and as the strategy under test); without it every point computes its own.
        var path = _folder.QuickScenario(extra: """, "oracle": true, "sweep": { "strategy": ["annealing", "oracle"] }""");
        var plan = SweepPlan.Of(ScenarioFile.Load(path, ["repetitions=2"]));
        var topology = TopologyFile.Read(plan.Resolved.TopologyPath).Topology;

        var cached = SweepRunner.Run(plan, jobs: 2, cache: new InitialPlacementCache());
        var uncached = plan.Points.SelectMany(p => Enumerable.Range(0, 2)
            .Select(r => ResultTables.UnitRows(p.Index, RepetitionRunner.Run(p.Resolved.Scenario, topology, r)))).ToArray();

        Assert.Equal(Csv(ResultTables.Runs(plan, uncached)), Csv(ResultTables.Runs(plan, cached)));
        Assert.Equal(Csv(ResultTables.TauTrace(plan, uncached)), Csv(ResultTables.TauTrace(plan, cached)));
    }

    [Fact]
    public void Scenario_UnknownStrategy_IsOneLineSuggestingTheClosest()
    {
        var path = _folder.QuickScenario(extra: """, "strategy": "anealing" """);

        var error = Assert.Throws<ScenarioException>(() => ScenarioFile.Load(path));

        Assert.Contains("key 'strategy'", error.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'annealing'?", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static string Csv(CsvTable table)
    {
        using var stream = new MemoryStream();
        table.WriteTo(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
