using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sensitivity;

namespace NetBalanceSim.Experiments.Tests.Sensitivity;

/// <summary>The catalog of screened constants, their ranges and the mapping from the unit interval.</summary>
public sealed class SensitivityFactorsTests
{
    [Theory]
    [InlineData("kFwd", 0.05, 0.2)]
    [InlineData("sigmaIntra", 0, 0.05)]
    [InlineData("sigmaInterVm", 0.15, 0.45)]
    [InlineData("sigmaInterPn", 0.3, 1.2)]
    [InlineData("cpuIdle", 0, 0.01)]
    [InlineData("coordinatorMovesPerSecond", 12500, 400000)]
    public void AbsoluteRanges_DoNotDependOnTheScenariosValue(string name, double low, double high)
    {
        var factor = SensitivityFactors.Find(name)!;

        Assert.False(factor.RelativeToScenario);
        Assert.Equal((low, high), factor.RangeAt(123.0));
        Assert.NotNull(ScenarioKeys.Find(name));
    }

    [Theory]
    [InlineData("suspendMsPerVnode")]
    [InlineData("resumeMsPerVnode")]
    [InlineData("snapshotMsPerMB")]
    [InlineData("transferSameNodeMsPerMB")]
    [InlineData("transferOtherNodeMsPerMB")]
    [InlineData("restoreMsPerMB")]
    [InlineData("reattachMsPerVnode")]
    public void TableOneCosts_RangeFromHalfToTwiceTheScenariosValue(string name)
    {
        var factor = SensitivityFactors.Find(name)!;

        Assert.True(factor.RelativeToScenario);
        Assert.Equal((100.0, 400.0), factor.RangeAt(200));
        Assert.Equal(FactorScale.Log, factor.Scale);
    }

    [Fact]
    public void CoordinatorSpeed_IsSpacedGeometrically()
    {
        var factor = SensitivityFactors.Find("coordinatorMovesPerSecond")!;
        var levels = new[] { 0, 1.0 / 3, 2.0 / 3, 1 }.Select(u => SensitivityFactor.Map(u, factor.Low, factor.High, factor.Scale)).ToArray();

        Assert.Equal(FactorScale.Log, factor.Scale);
        Assert.Equal(12500, levels[0]);
        Assert.Equal(400000, levels[3]);
        Assert.Equal(levels[1] / levels[0], levels[2] / levels[1], 9);
        Assert.Equal(levels[3] / levels[2], levels[2] / levels[1], 9);
        Assert.Equal(12500 * Math.Cbrt(32), levels[1], 6);
    }

    [Fact]
    public void LinearMap_SpacesEvenly_AndHitsTheEnds()
    {
        Assert.Equal(0.05, SensitivityFactor.Map(0, 0.05, 0.2, FactorScale.Linear));
        Assert.Equal(0.1, SensitivityFactor.Map(1.0 / 3, 0.05, 0.2, FactorScale.Linear), 12);
        Assert.Equal(0.2, SensitivityFactor.Map(1, 0.05, 0.2, FactorScale.Linear));
        Assert.Equal(0.0, SensitivityFactor.Map(0.5, 0, 0, FactorScale.Log));
    }

    [Fact]
    public void Select_KeepsCatalogOrder_AndAllForNothing()
    {
        Assert.Equal(["kFwd", "cpuIdle"], SensitivityFactors.Select("cpuIdle, kFwd").Select(f => f.Name));
        Assert.Equal(SensitivityFactors.All.Count, SensitivityFactors.Select(null).Count);
        Assert.True(SensitivityFactors.All.Count >= 13);
    }

    [Fact]
    public void Select_UnknownFactor_IsRefusedWithASuggestion()
    {
        var error = Assert.Throws<ScenarioException>(() => SensitivityFactors.Select("kFwd,sigmaInterpn"));

        Assert.Contains("'sigmaInterpn' is not a factor; did you mean 'sigmaInterPn'?", error.Message, StringComparison.Ordinal);
        Assert.Throws<ScenarioException>(() => SensitivityFactors.Select("kFwd,kFwd"));
    }
}
