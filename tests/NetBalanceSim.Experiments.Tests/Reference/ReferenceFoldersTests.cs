using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Experiments.Tests.Reference;

/// <summary>
/// The committed reference folders are ours, complete, and of the plan their scenario file makes: the scenario reader
/// may change and keys may be added at their defaults, but the shipped figures' plans may not, or the reference
/// folders would belong to another plan.
/// </summary>
public sealed class ReferenceFoldersTests
{
    [Theory]
    [InlineData("fig5")]
    [InlineData("fig6")]
    [InlineData("fig7")]
    [InlineData("fig8")]
    [InlineData("fig9")]
    [InlineData("fig10")]
    [InlineData("strategies")]
    public void ReferenceFolder_IsOursCompleteAndOfItsScenariosPlan(string figure)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "results", figure);

        var inventory = FolderInventory.Read(folder);

        Assert.NotNull(inventory.Manifest);
        Assert.True(inventory.Manifest.Reference);
        Assert.Null(inventory.Inconsistency);
        Assert.Empty(inventory.Foreign);
        var plan = SweepPlan.Of(ScenarioFile.Load(Path.Combine(RepositoryRoot.Path, "scenarios", figure + ".json")));
        Assert.Equal(ResultsWriter.PlanId(plan), inventory.Manifest.PlanId);
    }
}
