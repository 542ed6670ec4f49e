using System.Globalization;
using NetBalanceSim.Experiments.Components;
using NetBalanceSim.Experiments.Formats;
using NetBalanceSim.Topologies;
using SharedSource;

namespace NetBalanceSim.Experiments.Scenarios;

/// <summary>Resolves and checks a scenario's workload inputs: the trace file, and what must fit the topology.</summary>
public static class ScenarioWorkload
{
    /// <summary>The name of the workload that replays a trace.</summary>
    public const string Trace = "trace";

    /// <summary>
    /// <paramref name="scenario"/> with <see cref="Scenario.TracePath"/> resolved: the full path of <c>traceFile</c>
    /// relative to <paramref name="scenarioPath"/>'s folder when the workload is <c>trace</c>, else null.
    /// </summary>
    /// <param name="scenarioPath">The scenario file (or a file in the folder that relative paths start from).</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="source">Names where the value came from in errors (the scenario file unless given).</param>
    /// <returns>The scenario with its trace path.</returns>
    /// <exception cref="ScenarioException">The workload is <c>trace</c> and <c>traceFile</c> is empty or names no readable file.</exception>
    public static Scenario ResolveTrace(string scenarioPath, Scenario scenario, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(scenarioPath);
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Workload != Trace)
        {
            return scenario with { TracePath = null };
        }
        source ??= scenarioPath;
        if (scenario.TraceFile.Length == 0)
        {
            throw ScenarioException.ForKey(source, "traceFile", "missing; workload trace replays the CSV it names (docs/workloads.md)");
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(scenarioPath))!;
        var path = Path.GetFullPath(Path.Combine(directory, scenario.TraceFile));
        if (InputFile.Problem(path, "a flow trace (CSV)", FlowTraceCsv.MaxBytes, "2 GiB, the largest trace read") is { } problem)
        {
            throw ScenarioException.ForKey(source, "traceFile", $"{path}: {problem}");
        }
        return scenario with { TracePath = path };
    }

    /// <summary>Checks the workload against the topology, reading its trace (once per process, <see cref="TraceFiles"/>).</summary>
    /// <param name="resolved">The scenario.</param>
    /// <param name="topology">Its topology.</param>
    /// <exception cref="ScenarioException">The trace breaks a rule, or there are not more vnodes than hotspots.</exception>
    public static void Check(ResolvedScenario resolved, Topology topology)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        ArgumentNullException.ThrowIfNull(topology);
        var scenario = resolved.Scenario;
        if (scenario.Workload == "hotspots" && scenario.Hotspots >= topology.NodeCount)
        {
            throw ScenarioException.ForKey(resolved.ScenarioPath, "hotspots", string.Create(CultureInfo.InvariantCulture,
                $"must be fewer than the topology's {topology.NodeCount} vnodes (a hotspot moves to a vnode that hosts none); got {scenario.Hotspots}"));
        }
        if (scenario.TracePath is not null)
        {
            ReadTrace(resolved.ScenarioPath, scenario, topology.NodeCount);
        }
    }

    /// <summary>
    /// The virtual length and the number of load changes (segments) of <paramref name="scenario"/>'s workload on a topology of
    /// <paramref name="vertexCount"/> vnodes: exact for the sink switch and a trace (which is read, once per process),
    /// expected values for <c>onOff</c> and <c>hotspots</c>. For estimates of work and memory (<see cref="Sweeps.PlanBudget"/>).
    /// </summary>
    /// <param name="source">Names the scenario in errors.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="vertexCount">The topology's vnodes.</param>
    /// <returns>The length in virtual seconds and the segments.</returns>
    /// <exception cref="ScenarioException">The trace cannot be read or breaks a rule.</exception>
    public static (double LengthSeconds, double Segments) Extent(string source, Scenario scenario, int vertexCount)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var length = (scenario.SinkChanges + 1.0) * scenario.SinkIntervalSeconds;
        return scenario.Workload switch
        {
            Trace when scenario.TracePath is not null => ReadTrace(source, scenario, vertexCount) is var trace ? (trace.EndSeconds, trace.SegmentCount) : default,
            "onOff" => (length, 1 + (2.0 * Math.Max(0, vertexCount - 1) * length / (scenario.OnOffMeanOnSeconds + scenario.OnOffMeanOffSeconds))),
            "hotspots" => (length, 1 + (scenario.Hotspots * length / scenario.HotspotMeanIntervalSeconds)),
            _ => (length, scenario.SinkChanges + 1.0),
        };
    }

    private static Testbed.FlowChanges ReadTrace(string source, Scenario scenario, int vertexCount)
    {
        try
        {
            return TraceFiles.Get(scenario.TracePath!, vertexCount);
        }
        catch (FlowTraceException ex)
        {
            throw ScenarioException.ForKey(source, "traceFile", ex.Message);
        }
    }
}
