using NetBalanceSim.Experiments.Scenarios;

namespace NetBalanceSim.Experiments.Tests.Scenarios;

public sealed class ScenarioFileTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_QuickScenario_ReadsEveryKeyAndResolvesTheTopology()
    {
        var path = _folder.QuickScenario();

        var resolved = ScenarioFile.Load(path);

        Assert.Equal("quick", resolved.Scenario.Name);
        Assert.Equal(2, resolved.Scenario.PhysicalNodes);
        Assert.Equal(500, resolved.Scenario.RateMbps);
        Assert.Equal(10, resolved.Scenario.TpSeconds); // not given: DESIGN's default
        Assert.Equal(Path.Combine(_folder.Root, "topologies", "grid.edges"), resolved.TopologyPath);
    }

    [Fact]
    public void Load_CommentsAndTrailingCommas_AreAccepted()
    {
        var path = _folder.Scenario("c.json", """
            {
              // a comment
              "description": "d", /* another */
              "TpSeconds": 8,
            }
            """);

        Assert.Equal(8, ScenarioFile.Load(path).Scenario.TpSeconds);
    }

    [Fact]
    public void Load_Overrides_ApplyInOrder()
    {
        var path = _folder.QuickScenario();

        var scenario = ScenarioFile.Load(path, ["TpSeconds=8", "MemoryMB=100", "TpSeconds=16", "nicMbps=1000"]).Scenario;

        Assert.Equal(16, scenario.TpSeconds);
        Assert.Equal(100, scenario.Constants.Migration.MemoryMB);
        Assert.Equal(1000, scenario.Constants.Testbed.NicMbps);
    }

    [Theory]
    [InlineData("""{ "description": "d", "TpSecond": 8 }""", "key 'TpSecond': unknown key; did you mean 'TpSeconds'?")]
    [InlineData("""{ "description": "d", "TpSeconds": "8" }""", "key 'TpSeconds': expected a number, got the string \"8\"")]
    [InlineData("""{ "description": "d", "repetitions": 2.5 }""", "key 'repetitions': expected a whole number, got the number 2.5")]
    [InlineData("""{ "description": "d", "TpSeconds": 0 }""", "key 'TpSeconds': must be above 0; got 0")]
    [InlineData("""{ "description": "d", "TpSeconds": 10, "ToSeconds": 12 }""", "key 'ToSeconds': must not exceed TpSeconds (10); got 12")]
    [InlineData("""{ "description": "d", "predictor": "oracle" }""", "key 'predictor': must be one of lastValue, ewma, windowMean, ar, tendency (did you mean 'ar'?); got \"oracle\"")]
    [InlineData("""{ "description": "d", "windowMeanReports": 0 }""", "key 'windowMeanReports': must be from 1 to 100; got 0")]
    [InlineData("""{ "description": "d", "windowMeanReports": 2.5 }""", "key 'windowMeanReports': expected a whole number, got the number 2.5")]
    [InlineData("""{ "description": "d", "arOrder": 33 }""", "key 'arOrder': must be from 1 to 32; got 33")]
    [InlineData("""{ "description": "d", "tendencyAdaptDegree": 1.5 }""", "key 'tendencyAdaptDegree': must be from 0 to 1; got 1.5")]
    [InlineData("""{ "description": "d", "tendencyAdaptDegree": -0.1 }""", "key 'tendencyAdaptDegree': must be from 0 to 1; got -0.1")]
    [InlineData("""{ "description": "d", "sigmaInterPn": -1 }""", "key 'sigmaInterPn':")]
    [InlineData("""{ "description": "d", "tauMin": 0.5 }""", "key 'tauMin': must be at least 1 (the testbed never runs faster than real time); got 0.5")]
    [InlineData("""{ "description": "d", "topology": "nowhere.edges" }""", "key 'topology': no topology file 'nowhere.edges'")]
    [InlineData("""{ "description": "d", "TpSeconds": 1, "TpSeconds": 2 }""", "key 'TpSeconds': appears twice")]
    [InlineData("""{ "TpSeconds": 1 }""", "key 'description': missing")]
    [InlineData("""{ "description": "d", "changesFromDefault": ["Tp"] }""", "key 'changesFromDefault': names the unknown key 'Tp'")]
    [InlineData("[1, 2]", "expected a JSON object of scenario keys")]
    public void Load_BadValue_IsOneLineNamingFileAndKey(string json, string expected)
    {
        var path = _folder.Scenario("bad.json", json);

        var error = Assert.Throws<ScenarioException>(() => ScenarioFile.Load(path));

        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Load_MalformedJson_NamesTheLine()
    {
        var path = _folder.Scenario("broken.json", "{\n  \"description\": \"d\",\n  \"TpSeconds\": ,\n}\n");

        var error = Assert.Throws<ScenarioException>(() => ScenarioFile.Load(path));

        Assert.StartsWith(path + ":3: malformed JSON", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Load_MissingFile_SaysSo()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioFile.Load(Path.Combine(_folder.Root, "none.json")));

        Assert.EndsWith("none.json: file not found; expected a scenario file (JSON)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TpSeconds", "--set TpSeconds: expected Key=Value")]
    [InlineData("TpSeconds=abc", "--set: key 'TpSeconds': expected a number, got 'abc'")]
    [InlineData("MemoryMb=10", "--set: key 'MemoryMb': unknown key; did you mean 'MemoryMB'?")]
    [InlineData("TpSeconds=8,5", "--set: key 'TpSeconds': expected a number, got '8,5'")]
    public void Load_BadOverride_IsOneLine(string assignment, string expected)
    {
        var path = _folder.QuickScenario();

        var error = Assert.Throws<ScenarioException>(() => ScenarioFile.Load(path, [assignment]));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }
}
