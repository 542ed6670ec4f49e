using NetBalance;
using NetBalanceSim.Experiments.Components;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Topologies.Formats;

namespace NetBalanceSim.Experiments.Tests.Components;

/// <summary>The predictors of the catalog: their keys reach them, their defaults leave plans unchanged, each one runs.</summary>
public sealed class PredictorCatalogTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Catalog_NewKeys_ReachTheirPredictors()
    {
        var windowMean = Create("predictor=windowMean", "windowMeanReports=7");
        var ar = Create("predictor=ar", "arOrder=3");
        var tendency = Create("predictor=tendency", "tendencyAdaptDegree=0.25");

        Assert.Equal(7, Assert.IsType<WindowMeanLoadPredictor>(windowMean).Reports);
        Assert.Equal(3, Assert.IsType<ArLoadPredictor>(ar).Order);
        Assert.Equal(0.25, Assert.IsType<TendencyLoadPredictor>(tendency).AdaptDegree);
    }

    [Fact]
    public void Scenario_Defaults_KeepTheLastValuePredictorAndLeaveThePlanUnchanged()
    {
        var scenario = new Scenario();

        Assert.IsType<LastValueLoadPredictor>(Create());
        Assert.Equal((4, 8, 0.5), (scenario.WindowMeanReports, scenario.ArOrder, scenario.TendencyAdaptDegree));
        var changed = Manifest.ScenarioJson(scenario, changedOnly: true);
        Assert.DoesNotContain("windowMeanReports", changed, StringComparison.Ordinal);
        Assert.DoesNotContain("arOrder", changed, StringComparison.Ordinal);
        Assert.DoesNotContain("tendencyAdaptDegree", changed, StringComparison.Ordinal);
        Assert.Contains("\"arOrder\":3", Manifest.ScenarioJson(scenario with { ArOrder = 3 }, changedOnly: true), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("windowMean")]
    [InlineData("ar")]
    [InlineData("tendency")]
    public void Run_WithEachNewPredictor_Completes(string predictor)
    {
        var resolved = ScenarioFile.Load(_folder.QuickScenario(), [$"predictor={predictor}", "arOrder=2"]);
        var topology = TopologyFile.Read(resolved.TopologyPath).Topology;

        var result = RepetitionRunner.Run(resolved.Scenario, topology, 0);

        Assert.True(double.IsFinite(result.NetBalance.RuntimeSeconds) && result.NetBalance.RuntimeSeconds > 0);
        Assert.True(double.IsFinite(result.RelativeRuntime));
    }

    private static ILoadPredictor Create(params string[] assignments)
    {
        var scenario = assignments.Aggregate(new Scenario(), ScenarioFile.ApplyOverride);
        return ComponentCatalog.Get(ComponentCatalog.Predictors, scenario.Predictor).Create(scenario);
    }
}
