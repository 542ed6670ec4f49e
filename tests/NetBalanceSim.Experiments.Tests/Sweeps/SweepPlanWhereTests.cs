using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Experiments.Tests.Sweeps;

public sealed class SweepPlanWhereTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private SweepPlan Plan() =>
        SweepPlan.Of(ScenarioFile.Load(_folder.QuickScenario(extra: """, "sweep": { "TpSeconds": [2, 4], "MemoryMB": [10, 100, 25] }""")));

    [Fact]
    public void Where_KeepsTheMatchingPointsRenumberedWithTheirValues()
    {
        var plan = Plan().Where(["MemoryMB=100", "MemoryMB=25", "TpSeconds=4"]);

        Assert.Equal(["4,100", "4,25"], plan.Points.Select(p => string.Join(",", p.Values)));
        Assert.Equal([0, 1], plan.Points.Select(p => p.Index));
        Assert.Equal(100, plan.Points[0].Resolved.Scenario.Constants.Migration.MemoryMB);
        Assert.Equal(["MemoryMB=100", "MemoryMB=25", "TpSeconds=4"], plan.Filters);
    }

    [Fact]
    public void Where_IsPartOfThePlanId()
    {
        var whole = Plan();

        Assert.NotEqual(ResultsWriter.PlanId(whole), ResultsWriter.PlanId(whole.Where(["TpSeconds=2"])));
        Assert.Equal(ResultsWriter.PlanId(whole), ResultsWriter.PlanId(whole.Where([])));
        Assert.Equal(ResultsWriter.PlanId(whole.Where(["TpSeconds=2", "MemoryMB=10"])), ResultsWriter.PlanId(whole.Where(["MemoryMB=10", "TpSeconds=2"])));
    }

    [Theory]
    [InlineData("TpSeconds", "--where TpSeconds: expected KEY=VALUE with a swept key")]
    [InlineData("ToSeconds=1", "--where ToSeconds=1: ToSeconds is not swept; the sweep varies TpSeconds, MemoryMB")]
    [InlineData("TpSeconds=3", "--where TpSeconds=3: no point has TpSeconds=3; its values are 2, 4")]
    public void Where_AFilterThatSelectsNothingKnown_IsOneLineNamingIt(string filter, string expected)
    {
        var error = Assert.Throws<ScenarioException>(() => Plan().Where([filter]));

        Assert.Equal(expected, error.Message);
    }
}
