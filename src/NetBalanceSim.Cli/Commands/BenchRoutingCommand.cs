using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NetBalanceSim.Cli.Bench;
using NetBalanceSim.Topologies;
using NetBalanceSim.Topologies.Formats;
using NetBalanceSim.Topologies.Generators;

namespace NetBalanceSim.Cli.Commands;

/// <summary><c>netbalance-sim bench routing</c>: time to compute the sink tree and loads for every sink of a topology.</summary>
internal static class BenchRoutingCommand
{
    public static Command Create()
    {
        var topology = new Option<string>("--topology")
        {
            Description = "Generated default topology: grid, campus (5,480 sinks), waxman or internet",
            DefaultValueFactory = _ => "campus",
        };
        var file = new Option<string?>("--file") { Description = "Benchmark a topology file instead of a generated topology" };
        var runs = new Option<int>("--runs") { Description = "Measured runs after one warm-up run; the median is reported", DefaultValueFactory = _ => 5 };
        var rate = TopologyOptions.Double("--rate", "Stream rate per source, Mbit/s (finite, at least 0)", 10);
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table" };
        var lenient = TopologyOptions.Lenient();
        var largest = TopologyOptions.LargestComponent();
        var command = new Command(
            "routing",
            "Compute the shortest-path tree, directed link rates and per-vnode in/out traffic for every vertex as the sink, " +
            "and report the median time of a full pass. Examples: netbalance-sim bench routing; " +
            "netbalance-sim bench routing --topology internet --runs 9 --json")
        {
            topology, file, runs, rate, json, lenient, largest,
        };
        command.SetAction(parse =>
        {
            int r = parse.GetValue(runs) >= 1 ? parse.GetValue(runs) : throw new UsageException($"--runs must be at least 1 (got {parse.GetValue(runs)}).");
            double rateMbps = TopologyOptions.InRange(parse, rate, 0, double.MaxValue, minInclusive: true);
            string? path = parse.GetValue(file);
            string name = path ?? parse.GetValue(topology)!;
            if (path is null && !TopologyGenerators.Names.Contains(name))
            {
                throw new UsageException($"--topology must be one of {string.Join(", ", TopologyGenerators.Names)} (got '{name}').");
            }
            var graph = path is null
                ? TopologyGenerators.Default(name).Generate()
                : TopologyOptions.Read(parse, path, TopologyOptions.ReadOptions(parse, lenient, largest)).Topology;
            Execute(name, graph, r, rateMbps, parse.GetValue(json), parse.InvocationConfiguration.Output);
            return CliApp.ExitOk;
        });
        return command;
    }

    private static void Execute(string name, Topology topology, int runs, double rateMbps, bool json, TextWriter output)
    {
        var router = RoutingBenchmark.WarmRouter(topology, rateMbps);
        var measured = new RoutingRunMeasurement[runs];
        for (int i = 0; i < runs; i++)
        {
            measured[i] = RoutingBenchmark.RunOnce(router, rateMbps);
        }
        var seconds = measured.Select(m => m.WallSeconds).Order().ToArray();
        double median = seconds.Length % 2 == 1 ? seconds[runs / 2] : (seconds[(runs / 2) - 1] + seconds[runs / 2]) / 2;
        double bytesPerSink = (double)measured.Max(m => m.AllocatedBytes) / topology.NodeCount;
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                benchmark = "routing",
                topology = name,
                nodes = topology.NodeCount,
                links = topology.LinkCount,
                sinksPerRun = topology.NodeCount,
                runs,
                secondsPerRun = median,
                secondsPerRunMin = seconds[0],
                secondsPerRunMax = seconds[^1],
                microsecondsPerSink = median * 1e6 / topology.NodeCount,
                bytesAllocatedPerSink = bytesPerSink,
                checksum = measured[0].Checksum,
            }));
            return;
        }
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"routing: {name}, {topology.NodeCount:N0} nodes, {topology.LinkCount:N0} links; every vertex as the sink, {runs} runs after a warm-up"));
        output.WriteLine(string.Create(inv, $"  all {topology.NodeCount:N0} sinks   median {median * 1e3:F1} ms  (min {seconds[0] * 1e3:F1}, max {seconds[^1] * 1e3:F1})"));
        output.WriteLine(string.Create(inv, $"  per sink          {median * 1e6 / topology.NodeCount:F2} us"));
        output.WriteLine(string.Create(inv, $"  bytes per sink    {bytesPerSink:F2}"));
    }
}
