using NetBalanceSim.Experiments.Components;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;
using NetBalanceSim.Topologies.Formats;

namespace NetBalanceSim.Experiments.Tests.Components;

public sealed class WorkloadCatalogTests : IDisposable
{
    private const string Trace = "timeSeconds,source,destination,rateMbps\n0,0,35,400\n0,5,30,300\n60,0,35,0\n60,30,5,500\n200,30,5,0\n";
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void WorkloadKey_ListsTheCatalogAndRefusesOthers()
    {
        var key = ScenarioKeys.Find("workload")!;

        Assert.Equal(["sinkSwitch", "trace", "onOff", "hotspots"], key.Choices);
        var error = Assert.Throws<ScenarioException>(() => ScenarioFile.Load(_folder.QuickScenario(), ["workload=hotspot"]));
        Assert.Contains("key 'workload': must be one of sinkSwitch, trace, onOff, hotspots (did you mean 'hotspots'?)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sinkSwitch")]
    [InlineData("onOff")]
    [InlineData("hotspots")]
    [InlineData("trace")]
    public void Prepare_SameSeedTwice_GivesTheSameLoads(string workload)
    {
        var (scenario, topology) = Load(workload);

        var a = RepetitionRunner.Prepare(scenario, topology, 0);
        var b = RepetitionRunner.Prepare(scenario, topology, 0);

        Assert.Equal(a.Schedule.Count, b.Schedule.Count);
        Assert.Equal(a.Schedule.EndSeconds, b.Schedule.EndSeconds);
        for (var k = 0; k < a.Schedule.Count; k++)
        {
            Assert.Equal(a.Schedule.StartSeconds(k), b.Schedule.StartSeconds(k));
            Assert.Equal(a.Loads[k].HalfEdgeRatesMbps.ToArray(), b.Loads[k].HalfEdgeRatesMbps.ToArray());
        }
        Assert.Equal(a.RunWith(scenario.Strategy).Fingerprint, b.RunWith(scenario.Strategy).Fingerprint);
    }

    [Theory]
    [InlineData("onOff")]
    [InlineData("hotspots")]
    public void Prepare_SyntheticWorkload_LastsAsLongAsTheSinkSwitchAndDependsOnTheSeed(string workload)
    {
        var (scenario, topology) = Load(workload);

        var a = RepetitionRunner.Prepare(scenario, topology, 0);
        var b = RepetitionRunner.Prepare(scenario, topology, 1);

        Assert.Equal(4 * 120, a.Schedule.EndSeconds); // sinkChanges 3, sinkIntervalSeconds 120
        Assert.NotEqual(Enumerable.Range(0, a.Schedule.Count).Select(a.Schedule.StartSeconds), Enumerable.Range(0, b.Schedule.Count).Select(b.Schedule.StartSeconds));
    }

    [Fact]
    public void Trace_RunsOverItsOwnLength()
    {
        var (scenario, topology) = Load("trace");

        var result = RepetitionRunner.Run(scenario with { Oracle = true }, topology, 0);

        Assert.Equal(200, result.NetBalance.VirtualDurationSeconds);
        Assert.Equal(200, result.Oracle!.VirtualDurationSeconds);
        Assert.Equal(1, result.Oracle.Reports); // the oracle decides at the one load change, at 60 s
        Assert.Empty(result.Sinks);
        Assert.Equal([0.0, 60], Enumerable.Range(0, 2).Select(RepetitionRunner.Prepare(scenario, topology, 0).Schedule.StartSeconds));
    }

    [Fact]
    public void MonitorNoise_Zero_ReproducesExactReportsAndAboveZeroChangesTheRunDeterministically()
    {
        var (scenario, topology) = Load("sinkSwitch");
        var exact = RepetitionRunner.Prepare(scenario, topology, 0).RunWith(scenario.Strategy);
        var noisy = scenario with { MonitorNoise = 0.3 };

        Assert.Null(scenario.ToRunSettings(1).ReportNoise);
        Assert.Equal(exact.Fingerprint, RepetitionRunner.Prepare(scenario with { MonitorNoise = 0 }, topology, 0).RunWith(scenario.Strategy).Fingerprint);
        var first = RepetitionRunner.Prepare(noisy, topology, 0).RunWith(scenario.Strategy);
        Assert.Equal(first.Fingerprint, RepetitionRunner.Prepare(noisy, topology, 0).RunWith(scenario.Strategy).Fingerprint);
        Assert.NotEqual(exact.MovesEvaluated, first.MovesEvaluated);
    }

    [Theory]
    [InlineData("sinkSwitch", 480, 4)] // 3 changes every 120 s
    [InlineData("trace", 200, 2)] // segments at 0 and 60, end at the last row, 200 s
    [InlineData("hotspots", 480, 1 + (3 * 480 / 100.0))] // 3 hotspots moving every 100 s on average
    [InlineData("onOff", 480, 1 + (2 * 35 * 480 / 90.0))] // 35 sources switching twice per 60 + 30 s cycle
    public void Extent_OfEachWorkload_IsItsLengthAndLoadChanges(string workload, double lengthSeconds, double segments)
    {
        var (scenario, topology) = Load(workload);

        var extent = ScenarioWorkload.Extent("s.json", scenario, topology.NodeCount);

        Assert.Equal(lengthSeconds, extent.LengthSeconds);
        Assert.Equal(segments, extent.Segments, 1e-9);
    }

    [Fact]
    public void TraceFile_Missing_IsAScenarioErrorNamingTheKey()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioFile.Load(_folder.QuickScenario(extra: ",\n\"workload\": \"trace\"")));
        Assert.EndsWith("quick.json: key 'traceFile': missing; workload trace replays the CSV it names (docs/workloads.md)", error.Message, StringComparison.Ordinal);

        error = Assert.Throws<ScenarioException>(() => ScenarioFile.Load(_folder.QuickScenario(extra: ",\n\"workload\": \"trace\", \"traceFile\": \"none.csv\"")));
        Assert.Contains("key 'traceFile': ", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_folder.Root, "scenarios", "none.csv") + ": file not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TraceFile_NamingAnUnknownVnode_IsRefusedBeforeAnyRunWithFileAndLine()
    {
        File.WriteAllText(Path.Combine(_folder.Root, "scenarios", "bad.csv"), "timeSeconds,source,destination,rateMbps\n0,0,36,1\n5,0,1,0\n");
        var resolved = ScenarioFile.Load(_folder.QuickScenario(extra: ",\n\"workload\": \"trace\", \"traceFile\": \"bad.csv\""));

        var error = Assert.Throws<ScenarioException>(() => SweepRunner.LoadTopologies([SweepPlan.Of(resolved)]));

        Assert.Contains("key 'traceFile': " + Path.Combine(_folder.Root, "scenarios", "bad.csv") + ":2: destination '36'; expected a vnode of the topology, a whole number from 0 to 35",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hotspots_NotFewerThanVnodes_IsRefusedBeforeAnyRun()
    {
        var resolved = ScenarioFile.Load(_folder.QuickScenario(), ["workload=hotspots", "hotspots=36"]);

        var error = Assert.Throws<ScenarioException>(() => SweepRunner.LoadTopologies([SweepPlan.Of(resolved)]));

        Assert.EndsWith("key 'hotspots': must be fewer than the topology's 36 vnodes (a hotspot moves to a vnode that hosts none); got 36", error.Message, StringComparison.Ordinal);
    }

    private (Scenario Scenario, NetBalanceSim.Topologies.Topology Topology) Load(string workload)
    {
        File.WriteAllText(Path.Combine(_folder.Root, "scenarios", "flows.csv"), Trace);
        var resolved = ScenarioFile.Load(_folder.QuickScenario(extra: ",\n\"traceFile\": \"flows.csv\""), [$"workload={workload}", "onOffMeanOnSeconds=60", "onOffMeanOffSeconds=30", "hotspotMeanIntervalSeconds=100", "hotspots=3"]);
        return (resolved.Scenario, TopologyFile.Read(resolved.TopologyPath).Topology);
    }
}
