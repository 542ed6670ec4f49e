using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Experiments.Tests.Sweeps;

/// <summary>The work and memory estimate of a plan and the limits it is refused above.</summary>
public sealed class PlanBudgetTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("default.json")]
    [InlineData("fig5.json")]
    [InlineData("fig6.json")]
    [InlineData("fig7.json")]
    [InlineData("fig8.json")]
    [InlineData("fig9.json")]
    [InlineData("fig10.json")]
    [InlineData("strategies.json")]
    public void ShippedScenario_AsShipped_IsWithinTheLimits(string file)
    {
        var plan = SweepPlan.Of(ScenarioFile.Load(Path.Combine(RepositoryRoot.Path, "scenarios", file)));

        Assert.NotEmpty(plan.Points);
    }

    [Fact]
    public void Moves_DefaultScenario_CountsPlacementSearchesAndReports()
    {
        var scenario = new Scenario();

        // 16 segments of 120 s with a report every 10 s: 192 reports, each at most one search of 1 s x 200,000 moves.
        var expected = (1.5 * 300 * 1600) + (192 * 200_000.0) + (192 * (1600 + (2.0 * 3120)));
        Assert.Equal(expected, PlanBudget.MovesPerRepetition(scenario, 1600, 3120), 6);
    }

    [Fact]
    public void Bytes_ArPredictor_AddsItsStatePerLoadSeries()
    {
        // AR(32) keeps 8 x (33 x 34 / 2 + 2 x 32 + 2) + 168 = 5,184 bytes per series (measured with bench predictor); the Grid has 1,600 + 2 x 3,120.
        var ar = new Scenario() with { Predictor = "ar", ArOrder = 32 };

        var added = PlanBudget.BytesPerRepetition(ar, 1600, 3120) - PlanBudget.BytesPerRepetition(new Scenario(), 1600, 3120);

        Assert.Equal(5184.0 * (1600 + (2 * 3120)), added, 6);
    }

    [Fact]
    public void Moves_DenormalTp_IsUnbounded()
    {
        var tiny = ScenarioFile.ApplyOverride(ScenarioFile.ApplyOverride(new Scenario(), "ToSeconds=0"), "TpSeconds=1e-320");

        Assert.Equal(double.PositiveInfinity, PlanBudget.MovesPerRepetition(tiny, 1600, 3120));
    }

    [Fact]
    public void Plan_TestbedOf4096x1024_IsRefusedWithTheEstimate()
    {
        var resolved = ScenarioFile.Load(_folder.QuickScenario(), ["physicalNodes=4096", "cpusPerNode=1024"]);

        var error = Assert.Throws<ScenarioException>(() => SweepPlan.Of(resolved));

        Assert.Contains("physicalNodes x cpusPerNode = 4,194,304 VMs", error.Message, StringComparison.Ordinal);
        Assert.Contains("GB per repetition, above the 4 GB limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_TestbedOf4096x512_IsAllowed()
    {
        var resolved = ScenarioFile.Load(_folder.QuickScenario(), ["physicalNodes=4096", "cpusPerNode=512"]);

        Assert.Single(SweepPlan.Of(resolved).Points);
    }

    [Fact]
    public void Plan_AboveTheWorkLimit_IsRefusedWithTheEstimate()
    {
        var resolved = ScenarioFile.Load(_folder.QuickScenario(), ["repetitions=100000", "coordinatorMovesPerSecond=1e9", "ToSeconds=10"]);

        var error = Assert.Throws<ScenarioException>(() => SweepPlan.Of(resolved));

        Assert.Contains("annealer moves and report passes for 100,000 repetitions", error.Message, StringComparison.Ordinal);
        Assert.Contains("above the limit of 1e12", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_EveryPointSkipped_IsRefused()
    {
        var path = _folder.QuickScenario(extra: """, "sweep": { "totalCpus": [3, 5] }""");

        var error = Assert.Throws<ScenarioException>(() => SweepPlan.Of(ScenarioFile.Load(path)));

        Assert.EndsWith("key 'sweep': every one of its 2 points is skipped, so nothing would run (first: totalCpus=3: 3 CPUs cannot be made of nodes with 2 CPUs each); change the swept values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_TotalCpusBeyondThePhysicalNodesRange_IsASkippedPoint()
    {
        var path = _folder.QuickScenario(extra: """, "sweep": { "totalCpus": [4, 16384] }""");

        var plan = SweepPlan.Of(ScenarioFile.Load(path));

        Assert.Single(plan.Points);
        Assert.Equal("totalCpus=16384: 16384 CPUs would need 8192 physical nodes of 2 CPUs; physicalNodes must be from 1 to 4096", Assert.Single(plan.Skipped));
    }

    [Fact]
    public void Load_SetOfASweptKey_IsRefused()
    {
        var path = _folder.QuickScenario(extra: """, "sweep": { "ToSeconds": [0.5, 1] }""");

        var error = Assert.Throws<ScenarioException>(() => ScenarioFile.Load(path, ["ToSeconds=2"]));

        Assert.Equal("--set ToSeconds=2: ToSeconds is swept by the scenario; remove it from the sweep or do not set it", error.Message);
    }
}
