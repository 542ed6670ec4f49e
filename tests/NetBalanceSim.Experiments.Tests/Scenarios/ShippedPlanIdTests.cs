using System.Text.Json;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;
using NetBalanceSim.Tests;

namespace NetBalanceSim.Experiments.Tests.Scenarios;

/// <summary>The shipped figures still plan what made the committed reference results (the scenario reader may change, the plans may not).</summary>
public sealed class ShippedPlanIdTests
{
    [Theory]
    [InlineData("fig5")]
    [InlineData("fig6")]
    [InlineData("fig7")]
    [InlineData("fig8")]
    [InlineData("fig9")]
    [InlineData("fig10")]
    [InlineData("strategies")]
    public void ShippedFigure_PlanId_IsTheCommittedReferences(string id)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "results", id, "manifest.json")));
        var plan = SweepPlan.Of(ScenarioFile.Load(Path.Combine(RepositoryRoot.Path, "scenarios", id + ".json")));

        Assert.Equal(manifest.RootElement.GetProperty("plan").GetString(), ResultsWriter.PlanId(plan));
    }
}
