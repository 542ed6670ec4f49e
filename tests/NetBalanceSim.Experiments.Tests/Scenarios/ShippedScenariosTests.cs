using System.Globalization;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Sweeps;
using NetBalanceSim.Experiments.Scenarios;

namespace NetBalanceSim.Experiments.Tests.Scenarios;

/// <summary>Every file in scenarios/ loads, differs from default.json only where it says, and runs a smoke version.</summary>
public sealed class ShippedScenariosTests
{
    private static readonly string ScenarioDirectory = Path.Combine(RepositoryRoot.Path, "scenarios");

    public static TheoryData<string> ScenarioFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(ScenarioDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void ShippedScenario_SmokeVersion_RunsEveryPoint(string file)
    {
        // 2 repetitions, 1 sink change, small search budgets: this checks the file and its sweep, not the figures.
        var resolved = ScenarioFile.Load(Path.Combine(ScenarioDirectory, file),
            ["repetitions=2", "sinkChanges=1", "initialPlacementMovesPerVnode=5", "coordinatorMovesPerSecond=500"]);
        var plan = SweepPlan.Of(resolved);

        var units = SweepRunner.Run(plan, jobs: 2);

        Assert.Equal(plan.Points.Count * 2, units.Count);
        // With exact predictions the chi hysteresis never makes a repetition slower (relative runtime <= 1); with noisy
        // reports or another predictor a deployment can be a mistake, so only the runtime's sanity is checked there.
        Assert.All(units, u =>
        {
            var point = plan.Points[u.Point].Resolved.Scenario;
            var exact = point.MonitorNoise == 0 && point.Predictor == "lastValue";
            Assert.InRange(double.Parse(u.RunRows[0][4], CultureInfo.InvariantCulture), 0.05, exact ? 1.0 : 3.0);
        });
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void ShippedScenario_DiffersFromDefaultOnlyWhereItSays(string file)
    {
        var scenario = ScenarioFile.Load(Path.Combine(ScenarioDirectory, file)).Scenario;
        var reference = ScenarioFile.Load(Path.Combine(ScenarioDirectory, "default.json")).Scenario;
        var exempt = new HashSet<string>(["name", "description", "changesFromDefault", .. scenario.ChangesFromDefault], StringComparer.Ordinal);

        var differing = ScenarioKeys.All
            .Where(k => !exempt.Contains(k.Name))
            .Where(k => !Equals(k.Get(scenario), k.Get(reference)))
            .Select(k => k.Name);

        Assert.Empty(differing);
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void ShippedScenario_GivesEveryKeyExplicitly(string file)
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(ScenarioDirectory, file)),
            new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var given = document.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        var missing = ScenarioKeys.All.Select(k => k.Name).Where(name => !given.Contains(name)).ToArray();

        Assert.True(missing.Length == 0, $"{file} leaves out: {string.Join(", ", missing)}");
    }

    [Fact]
    public void TopologyKeys_AtTheirDefault_AreLeftOutOfThePlanAndSetTheReadOptions()
    {
        var fig7 = ScenarioFile.Load(Path.Combine(ScenarioDirectory, "fig7.json"));
        var lenient = ScenarioFile.Load(Path.Combine(ScenarioDirectory, "fig7.json"), ["topologyLenient=true", "topologyLargestComponent=true"]);

        Assert.DoesNotContain("topologyLenient", NetBalanceSim.Experiments.Output.Manifest.ScenarioJson(fig7.Scenario, changedOnly: true), StringComparison.Ordinal);
        Assert.Contains("\"topologyLenient\":true", NetBalanceSim.Experiments.Output.Manifest.ScenarioJson(lenient.Scenario, changedOnly: true), StringComparison.Ordinal);
        Assert.Equal(new NetBalanceSim.Topologies.Formats.TopologyReadOptions(), fig7.Scenario.TopologyReadOptions);
        Assert.True(lenient.Scenario.TopologyReadOptions is { DropInvalidLinks: true, KeepLargestComponent: true, RequireConnected: true });
        Assert.NotEqual(fig7.TopologyKey, lenient.TopologyKey);
    }
}
