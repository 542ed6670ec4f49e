using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sensitivity;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Experiments.Tests.Sensitivity;

/// <summary>The generated sweep scenario: valid, and the same sweep whether run in memory or saved and loaded by <c>sweep</c>.</summary>
public sealed class SensitivityScenarioTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (ResolvedScenario Base, ResolvedScenario Generated, SensitivityDesign Design) Generate(string extra = "")
    {
        var resolved = ScenarioFile.Load(_folder.QuickScenario(extra: extra));
        var design = SensitivityDesign.Create(resolved.Scenario, SensitivityFactors.All, SensitivityMethods.Both, 3, 4, 1);
        return (resolved, SensitivityScenario.Of(resolved, design), design);
    }

    [Fact]
    public void Generated_IsAValidSweepOfOneSetupCasePerDesignPoint()
    {
        var (_, generated, design) = Generate();

        var plan = SweepPlan.Of(generated);

        Assert.Equal("quick-sensitivity", generated.Scenario.Name);
        Assert.Equal([SweepAxis.Setup], plan.Columns);
        Assert.Equal(design.Points.Select(p => p.Name), plan.Points.Select(p => p.Values[0]));
        Assert.Equal(2 * 13 + 1 + 3 * 14, plan.Points.Count);
        var kFwdLow = plan.Points.Single(p => p.Values[0].StartsWith("tornado kFwd low=", StringComparison.Ordinal));
        Assert.Equal(0.05, kFwdLow.Resolved.Scenario.Constants.Get("kFwd"));
    }

    [Fact]
    public void Saved_LoadsAsTheSameSweep_PointForPoint()
    {
        var (_, generated, _) = Generate();
        var file = Path.Combine(_folder.Root, "generated", "quick-sensitivity.json");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);

        SensitivityScenario.Save(generated, file, "a test");
        var loaded = SweepPlan.Of(ScenarioFile.Load(file));
        var inMemory = SweepPlan.Of(generated);

        Assert.StartsWith("// a test\n", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Equal(inMemory.Points.Count, loaded.Points.Count);
        Assert.Equal(inMemory.Resolved.TopologyPath, loaded.Resolved.TopologyPath);
        for (var i = 0; i < loaded.Points.Count; i++)
        {
            Assert.Equal(inMemory.Points[i].Values, loaded.Points[i].Values);
            Assert.Equal(Manifest.ScenarioJson(inMemory.Points[i].Resolved.Scenario with { Sweep = [] }), Manifest.ScenarioJson(loaded.Points[i].Resolved.Scenario with { Sweep = [] }));
        }
    }

    [Fact]
    public void AScenarioWithASweep_IsRefused()
    {
        var resolved = ScenarioFile.Load(_folder.QuickScenario(extra: ", \"sweep\": { \"TpSeconds\": [2, 4] }"));
        var design = SensitivityDesign.Create(resolved.Scenario, SensitivityFactors.Select("kFwd"), SensitivityMethods.Tornado, 1, 4, 1);

        var error = Assert.Throws<ScenarioException>(() => SensitivityScenario.Of(resolved, design));

        Assert.Contains("sensitivity screens one setup, but the scenario sweeps TpSeconds", error.Message, StringComparison.Ordinal);
    }
}
