using System.Globalization;
using NetBalanceSim.Experiments.Scenarios;

namespace NetBalanceSim.Experiments.Components;

/// <summary>One phrase saying what a scenario's workload is, for console headers.</summary>
public static class WorkloadDescription
{
    /// <summary>The phrase for <paramref name="scenario"/>'s workload.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>E.g. <c>15 sink changes every 120 s</c> or <c>trace traces/example.csv</c>.</returns>
    public static string Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var length = (scenario.SinkChanges + 1) * scenario.SinkIntervalSeconds;
        return scenario.Workload switch
        {
            "trace" => $"trace {scenario.TraceFile}",
            "onOff" => Invariant($"onOff sources at {scenario.RateMbps} Mbit/s, on {scenario.OnOffMeanOnSeconds} s and off {scenario.OnOffMeanOffSeconds} s on average, {length} s"),
            "hotspots" => Invariant($"{scenario.Hotspots} hotspots moving every {scenario.HotspotMeanIntervalSeconds} s on average, {scenario.RateMbps} Mbit/s, {length} s"),
            _ => Invariant($"{scenario.SinkChanges} sink changes every {scenario.SinkIntervalSeconds} s"),
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
