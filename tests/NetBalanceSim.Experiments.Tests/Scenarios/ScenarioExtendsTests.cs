using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Experiments.Tests.Scenarios;

public sealed class ScenarioExtendsTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Extends_ChildKeysOverrideTheParents_AndTheNameIsTheChilds()
    {
        _folder.QuickScenario("base.json", ",\n\"TpSeconds\": 4, \"name\": \"base\"");
        var child = _folder.Scenario("child.json", """{ "extends": "base.json", "description": "child", "TpSeconds": 2 }""");

        var scenario = ScenarioFile.Load(child).Scenario;

        Assert.Equal("child", scenario.Name);
        Assert.Equal("child", scenario.Description);
        Assert.Equal(2, scenario.TpSeconds);
        Assert.Equal(500, scenario.RateMbps);
        Assert.Equal(2, scenario.PhysicalNodes);
    }

    [Fact]
    public void Extends_TheSweep_IsInheritedOrReplacedWhole()
    {
        _folder.QuickScenario("base.json", ",\n\"sweep\": { \"TpSeconds\": [1, 2], \"RateMbps\": [100, 200] }");
        var inherits = _folder.Scenario("a.json", """{ "extends": "base.json", "description": "a" }""");
        var replaces = _folder.Scenario("b.json", """{ "extends": "base.json", "description": "b", "sweep": { "ToSeconds": [0.5] } }""");

        Assert.Equal(["TpSeconds", "RateMbps"], ScenarioFile.Load(inherits).Scenario.Sweep.Select(a => a.Key));
        Assert.Equal(["ToSeconds"], ScenarioFile.Load(replaces).Scenario.Sweep.Select(a => a.Key));
    }

    [Fact]
    public void Extends_AShippedName_StartsFromTheShippedScenario()
    {
        var child = _folder.Scenario("c.json", """{ "extends": "default", "description": "c", "TpSeconds": 8 }""");

        var resolved = ScenarioFile.Load(child);

        Assert.Equal("c", resolved.Scenario.Name);
        Assert.Equal(8, resolved.Scenario.TpSeconds);
        Assert.Equal(10, resolved.Scenario.RateMbps);
        Assert.Equal(30, resolved.Scenario.Repetitions);
        Assert.Equal("grid", resolved.Scenario.Topology);
    }

    [Fact]
    public void Extends_AParentsTopologyPath_StaysRelativeToTheParent()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Root, "scenarios", "sub"));
        File.Copy(Path.Combine(_folder.Root, "topologies", "grid.edges"), Path.Combine(_folder.Root, "scenarios", "mine.edges"));
        _folder.Scenario("base.json", """{ "description": "base", "topology": "mine.edges" }""");
        var child = _folder.Scenario(Path.Combine("sub", "child.json"), """{ "extends": "../base.json", "description": "child" }""");

        Assert.Equal(Path.Combine(_folder.Root, "scenarios", "mine.edges"), ScenarioFile.Load(child).TopologyPath);
    }

    [Fact]
    public void Extends_ACycle_IsAOneLineErrorNamingTheFiles()
    {
        _folder.Scenario("a.json", """{ "extends": "b.json", "description": "a" }""");
        var b = _folder.Scenario("b.json", """{ "extends": "a.json", "description": "b" }""");

        var error = Assert.Throws<ScenarioException>(() => ScenarioFile.Load(b));

        Assert.EndsWith("a.json: key 'extends': extends itself: b.json -> a.json -> b.json", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Extends_ItselfOrAMissingFile_IsAOneLineError()
    {
        var self = _folder.Scenario("self.json", """{ "extends": "self.json", "description": "s" }""");
        var missing = _folder.Scenario("m.json", """{ "extends": "nope.json", "description": "m" }""");
        var number = _folder.Scenario("n.json", """{ "extends": 3, "description": "n" }""");

        Assert.EndsWith("self.json: key 'extends': extends itself: self.json -> self.json", Assert.Throws<ScenarioException>(() => ScenarioFile.Load(self)).Message, StringComparison.Ordinal);
        Assert.Contains("m.json: key 'extends': no scenario file 'nope.json'", Assert.Throws<ScenarioException>(() => ScenarioFile.Load(missing)).Message, StringComparison.Ordinal);
        Assert.Contains("n.json: key 'extends': expected a non-empty string", Assert.Throws<ScenarioException>(() => ScenarioFile.Load(number)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extends_AnErrorInTheParent_NamesTheParent()
    {
        _folder.Scenario("base.json", """{ "description": "base", "TpSeconds": -1 }""");
        var child = _folder.Scenario("child.json", """{ "extends": "base.json", "description": "child", "TpSeconds": 2 }""");

        var error = Assert.Throws<ScenarioException>(() => ScenarioFile.Load(child));

        Assert.Contains("base.json: key 'TpSeconds'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extends_AChildWithoutDescription_IsRefused()
    {
        _folder.QuickScenario("base.json");
        var child = _folder.Scenario("child.json", """{ "extends": "base.json" }""");

        Assert.Contains("child.json: key 'description': missing", Assert.Throws<ScenarioException>(() => ScenarioFile.Load(child)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extends_ASweptChild_PlansLikeTheSameFileWrittenOut()
    {
        _folder.QuickScenario("base.json");
        var child = _folder.Scenario("child.json", """{ "extends": "base.json", "description": "d", "name": "x", "sweep": { "TpSeconds": [1, 2] } }""");
        var whole = _folder.QuickScenario("whole.json", ",\n\"name\": \"x\", \"sweep\": { \"TpSeconds\": [1, 2] }");
        File.WriteAllText(whole, File.ReadAllText(whole).Replace("quick test scenario", "d", StringComparison.Ordinal));

        Assert.Equal(NetBalanceSim.Experiments.Output.ResultsWriter.PlanId(SweepPlan.Of(ScenarioFile.Load(whole))), NetBalanceSim.Experiments.Output.ResultsWriter.PlanId(SweepPlan.Of(ScenarioFile.Load(child))));
    }
}
