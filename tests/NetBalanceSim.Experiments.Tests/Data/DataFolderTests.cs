using NetBalanceSim.Experiments.Data;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Tests;

namespace NetBalanceSim.Experiments.Tests.Data;

public sealed class DataFolderTests : IDisposable
{
    private readonly string _outside = Directory.CreateTempSubdirectory("nbs-data-").FullName;

    public void Dispose() => Directory.Delete(_outside, recursive: true);

    [Fact]
    public void Locate_InsideTheCheckout_IsTheCheckoutRoot()
    {
        var inside = Path.Combine(RepositoryRoot.Path, "docs");

        Assert.Equal(RepositoryRoot.Path, DataFolder.Locate(inside, null, _outside));
    }

    [Fact]
    public void Locate_OutsideACheckout_IsTheProgramsFolder()
    {
        Assert.Equal(Path.GetFullPath(RepositoryRoot.Path), DataFolder.Locate(_outside, null, RepositoryRoot.Path));
        Assert.Null(DataFolder.CheckoutRoot(_outside));
    }

    [Fact]
    public void Locate_TheVariable_WinsEvenInsideTheCheckout()
    {
        Directory.CreateDirectory(Path.Combine(_outside, "scenarios"));
        Directory.CreateDirectory(Path.Combine(_outside, "topologies"));
        File.WriteAllText(Path.Combine(_outside, "scenarios", "default.json"), "{}");
        File.WriteAllText(Path.Combine(_outside, "topologies", "grid.edges"), "");

        Assert.Equal(_outside, DataFolder.Locate(RepositoryRoot.Path, _outside, RepositoryRoot.Path));
    }

    [Fact]
    public void Locate_TheVariableNamingAFolderWithoutData_IsAOneLineError()
    {
        var error = Assert.Throws<ScenarioException>(() => DataFolder.Locate(RepositoryRoot.Path, _outside, RepositoryRoot.Path));

        Assert.StartsWith($"{DataFolder.EnvironmentVariable}={_outside}: no scenarios/default.json", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void ShippedNames_AreFoundFromTheTestsFolder()
    {
        Assert.Equal(Path.Combine(RepositoryRoot.Path, "scenarios", "fig7.json"), DataFolder.Scenario("fig7"));
        Assert.Equal(Path.Combine(RepositoryRoot.Path, "topologies", "campus.edges"), DataFolder.Topology("campus"));
        Assert.Null(DataFolder.Scenario("../scenarios/fig7"));
        Assert.Null(DataFolder.Topology("mesh"));
    }

    [Fact]
    public void Load_ATopologyPathGivenWithSet_IsRelativeToTheCurrentFolder()
    {
        using var folder = new TestFolder();
        var scenario = folder.QuickScenario();
        var here = Path.Combine(Directory.GetCurrentDirectory(), "nbs-set-" + Path.GetFileName(_outside) + ".edges");
        File.Copy(Path.Combine(folder.Root, "topologies", "grid.edges"), here);
        try
        {
            var resolved = ScenarioFile.Load(scenario, ["topology=" + Path.GetFileName(here)]);

            Assert.Equal(here, resolved.TopologyPath);
        }
        finally
        {
            File.Delete(here);
        }
    }

    [Fact]
    public void ResultsRoot_InsideTheCheckout_IsTheCheckoutsResultsFolder()
    {
        Assert.Equal(Path.Combine(RepositoryRoot.Path, "results"), Path.GetFullPath(DataFolder.ResultsRoot()));
    }

    [Fact]
    public void Load_AShippedScenarioName_LoadsTheShippedFile()
    {
        var resolved = ScenarioFile.Load("default");

        Assert.Equal(Path.Combine(RepositoryRoot.Path, "scenarios", "default.json"), resolved.ScenarioPath);
        Assert.Equal(Path.Combine(RepositoryRoot.Path, "topologies", "grid.edges"), resolved.TopologyPath);
    }
}
