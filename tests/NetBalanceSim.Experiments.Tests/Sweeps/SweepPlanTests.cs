using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Experiments.Tests.Sweeps;

public sealed class SweepPlanTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Plan_TwoAxes_IsTheCartesianProductFirstAxisSlowest()
    {
        var path = _folder.QuickScenario(extra: """, "sweep": { "TpSeconds": [2, 4], "MemoryMB": [10, 100, 25] }""");

        var plan = SweepPlan.Of(ScenarioFile.Load(path));

        Assert.Equal(["TpSeconds", "MemoryMB"], plan.Columns);
        Assert.Equal(["2,10", "2,100", "2,25", "4,10", "4,100", "4,25"], plan.Points.Select(p => string.Join(",", p.Values)));
        Assert.Equal(100, plan.Points[1].Resolved.Scenario.Constants.Migration.MemoryMB);
        Assert.Equal(4, plan.Points[5].Resolved.Scenario.TpSeconds);
        Assert.Equal([0, 1, 2, 3, 4, 5], plan.Points.Select(p => p.Index));
    }

    [Fact]
    public void Plan_TotalCpus_SetsPhysicalNodesAndSkipsImpossiblePoints()
    {
        var path = _folder.QuickScenario(extra: """, "sweep": { "cpusPerNode": [1, 8], "totalCpus": [4, 16] }""");

        var plan = SweepPlan.Of(ScenarioFile.Load(path));

        Assert.Equal(["1,4", "1,16", "8,16"], plan.Points.Select(p => string.Join(",", p.Values)));
        Assert.Equal([4, 16, 2], plan.Points.Select(p => p.Resolved.Scenario.PhysicalNodes));
        Assert.Equal("cpusPerNode=8, totalCpus=4: 4 CPUs cannot be made of nodes with 8 CPUs each", Assert.Single(plan.Skipped));
    }

    [Fact]
    public void Plan_SetupAxis_AppliesEachCasesKeysAndNamesItInTheColumn()
    {
        var path = _folder.QuickScenario(extra: """
            , "sweep": { "setup": { "small": { "physicalNodes": 1, "cpusPerNode": 2 }, "two nodes": { "physicalNodes": 2 } }, "strategy": ["annealing", "greedy"] }
            """);

        var plan = SweepPlan.Of(ScenarioFile.Load(path));

        Assert.Equal(["setup", "strategy"], plan.Columns);
        Assert.Equal(["small,annealing", "small,greedy", "two nodes,annealing", "two nodes,greedy"], plan.Points.Select(p => string.Join(",", p.Values)));
        Assert.Equal((1, 2), (plan.Points[1].Resolved.Scenario.PhysicalNodes, plan.Points[1].Resolved.Scenario.CpusPerNode));
        Assert.Equal((2, 2), (plan.Points[2].Resolved.Scenario.PhysicalNodes, plan.Points[2].Resolved.Scenario.CpusPerNode));
        Assert.Equal("greedy", plan.Points[3].Resolved.Scenario.Strategy);
    }

    [Fact]
    public void Manifest_SetupAxis_IsWrittenWithEveryCaseAndChangesThePlanId()
    {
        var one = SweepPlan.Of(ScenarioFile.Load(_folder.QuickScenario("a.json", """, "sweep": { "setup": { "x": { "physicalNodes": 1 } } }""")));
        var other = SweepPlan.Of(ScenarioFile.Load(_folder.QuickScenario("b.json", """, "sweep": { "setup": { "x": { "physicalNodes": 3 } } }""")));

        var json = NetBalanceSim.Experiments.Output.Manifest.ScenarioJson(one.Resolved.Scenario);

        Assert.Contains("\"setup\":{\"x\":{\"physicalNodes\":1}}", json, StringComparison.Ordinal);
        Assert.NotEqual(NetBalanceSim.Experiments.Output.ResultsWriter.PlanId(one), NetBalanceSim.Experiments.Output.ResultsWriter.PlanId(other));
    }

    [Fact]
    public void PlanId_KeyAtItsDefault_IsLeftOutSoAddingKeysKeepsIds()
    {
        var plain = SweepPlan.Of(ScenarioFile.Load(_folder.QuickScenario("a.json")));
        var explicitDefault = SweepPlan.Of(ScenarioFile.Load(_folder.QuickScenario("a.json", """, "strategy": "annealing", "cleanup": true """)));
        var changed = SweepPlan.Of(ScenarioFile.Load(_folder.QuickScenario("a.json", """, "cleanup": false """)));

        var json = NetBalanceSim.Experiments.Output.Manifest.ScenarioJson(plain.Resolved.Scenario, changedOnly: true);

        Assert.DoesNotContain("strategy", json, StringComparison.Ordinal);
        Assert.Contains("\"physicalNodes\":2", json, StringComparison.Ordinal);
        Assert.Equal(NetBalanceSim.Experiments.Output.ResultsWriter.PlanId(plain), NetBalanceSim.Experiments.Output.ResultsWriter.PlanId(explicitDefault));
        Assert.NotEqual(NetBalanceSim.Experiments.Output.ResultsWriter.PlanId(plain), NetBalanceSim.Experiments.Output.ResultsWriter.PlanId(changed));
    }

    [Fact]
    public void Plan_NoSweep_IsOnePointWithoutColumns()
    {
        var plan = SweepPlan.Of(ScenarioFile.Load(_folder.QuickScenario()));

        var point = Assert.Single(plan.Points);
        Assert.Empty(point.Values);
        Assert.Empty(plan.Columns);
    }

    [Theory]
    [InlineData("""{ "TpSecnds": [1] }""", "key 'sweep.TpSecnds': unknown key; did you mean 'TpSeconds'?")]
    [InlineData("""{ "TpSeconds": [] }""", "key 'sweep.TpSeconds': expected a non-empty list of values (a number each)")]
    [InlineData("""{ "TpSeconds": [1, "2"] }""", "key 'sweep.TpSeconds': expected a number, got the string \"2\"")]
    [InlineData("""{ "TpSeconds": [1, -2] }""", "key 'sweep.TpSeconds': must be above 0; got -2")]
    [InlineData("""{ "TpSeconds": [1, 1] }""", "key 'sweep.TpSeconds': lists 1 twice")]
    [InlineData("""{ "repetitions": [1, 2] }""", "key 'sweep.repetitions': cannot be swept")]
    [InlineData("""{ "totalCpus": [4], "physicalNodes": [2] }""", "key 'sweep': sweeps totalCpus and physicalNodes together")]
    [InlineData("[1]", "key 'sweep': expected an object of swept keys")]
    [InlineData("""{ "setup": [1] }""", "key 'sweep.setup': expected a non-empty object of named cases")]
    [InlineData("""{ "setup": { "a": 1 } }""", "key 'sweep.setup.a': expected an object of scenario keys and values")]
    [InlineData("""{ "setup": { "a": { "physicalNode": 2 } } }""", "key 'sweep.setup.a.physicalNode': unknown key; did you mean 'physicalNodes'?")]
    [InlineData("""{ "setup": { "a": { "physicalNodes": 0 } } }""", "key 'sweep.setup.a.physicalNodes': must be from 1 to 4096; got 0")]
    [InlineData("""{ "setup": { "a,b": { "physicalNodes": 2 } } }""", "key 'sweep.setup.a,b': a case needs a unique name without commas")]
    [InlineData("""{ "setup": { "a": { "baseSeed": 2 } } }""", "key 'sweep.setup.a.baseSeed': cannot be swept")]
    [InlineData("""{ "setup": { "a": { "strategy": "greedy" } }, "strategy": ["annealing"] }""", "key 'sweep.setup.a.strategy': is also a swept key; give it in one place")]
    [InlineData("""{ "totalCpus": [8], "setup": { "a": { "physicalNodes": 2 } } }""", "key 'sweep.setup.a.physicalNodes': is set by the swept totalCpus; give it in one place")]
    [InlineData("""{ "setup": { "a": { "cpusPerNode": 2 } }, "setup": { "b": { "cpusPerNode": 4 } } }""", "key 'sweep.setup': appears twice")]
    [InlineData("""{ "strategy": ["annealing", "anealing"] }""", "key 'sweep.strategy': must be one of annealing, annealing+fresh, greedy, static, oracle (did you mean 'annealing'?); got \"anealing\"")]
    public void Load_BadSweep_IsOneLineNamingTheKey(string sweep, string expected)
    {
        var path = _folder.QuickScenario(extra: $", \"sweep\": {sweep}");

        var error = Assert.Throws<ScenarioException>(() => ScenarioFile.Load(path));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_PointBreakingACrossKeyRule_NamesThePoint()
    {
        var path = _folder.QuickScenario(extra: """, "TpSeconds": 2, "sweep": { "ToSeconds": [1, 4] }""");

        var error = Assert.Throws<ScenarioException>(() => SweepPlan.Of(ScenarioFile.Load(path)));

        Assert.Contains("(sweep point ToSeconds=4): key 'ToSeconds': must not exceed TpSeconds (2); got 4", error.Message, StringComparison.Ordinal);
    }
}
