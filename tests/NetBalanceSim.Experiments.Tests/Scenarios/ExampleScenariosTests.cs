using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Experiments.Tests.Scenarios;

/// <summary>The example studies under docs/examples load and plan as the README says.</summary>
public sealed class ExampleScenariosTests
{
    [Fact]
    public void CampusRateTp_IsTwelvePointsOnCampusExtendingTheDefault()
    {
        var plan = SweepPlan.Of(ScenarioFile.Load(Path.Combine(RepositoryRoot.Path, "docs", "examples", "campus-rate-tp.json")));

        Assert.Equal(["RateMbps", "TpSeconds"], plan.Columns);
        Assert.Equal(12, plan.Points.Count);
        Assert.Equal(5, plan.Repetitions);
        Assert.Equal("campus.edges", Path.GetFileName(plan.Resolved.TopologyPath));
        Assert.Equal(new Scenario().ToSeconds, plan.Resolved.Scenario.ToSeconds);
    }
}
