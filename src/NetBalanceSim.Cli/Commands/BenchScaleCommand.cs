using System.CommandLine;
using System.Globalization;
using System.Text;
using NetBalance;
using NetBalanceSim.Cli.Bench;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Topologies.Formats;
using NetBalanceSim.Topologies.Generators;

namespace NetBalanceSim.Cli.Commands;

/// <summary>
/// <c>netbalance-sim bench scale</c>: the annealer's moves per second at growing testbeds on the shipped topologies, or
/// (with <c>--vnodes</c>) one repetition of a scenario on a generated Waxman topology of that size.
/// </summary>
internal static class BenchScaleCommand
{
    public static Command Create()
    {
        var topology = new Option<string>("--topology") { Description = "all, grid, campus, waxman or internet", DefaultValueFactory = _ => "all" };
        var vms = new Option<string>("--vms") { Description = "Comma-separated VM counts, each run as (VMs / cpus) x cpus", DefaultValueFactory = _ => "64,512,4096" };
        var cpus = new Option<int>("--cpus") { Description = "CPUs (VMs) per physical node", DefaultValueFactory = _ => 8 };
        var moves = new Option<long>("--moves") { Description = "Annealer moves per throughput run", DefaultValueFactory = _ => 5_000_000L };
        var runs = new Option<int>("--runs") { Description = "Measured throughput runs after a warm-up; medians are reported", DefaultValueFactory = _ => 3 };
        var folder = new Option<string?>("--topologies-dir") { Description = "Folder holding grid.edges ... internet.edges (default: topologies/ in the current folder or above)" };
        var vnodes = new Option<int?>("--vnodes") { Description = "Instead: one repetition of the scenario on a generated Waxman topology of this many vnodes (m = 2, seed 1)" };
        var nodes = new Option<int>("--nodes") { Description = "With --vnodes: physical nodes", DefaultValueFactory = _ => 512 };
        var scenario = new Option<string>("--scenario") { Description = "With --vnodes: the scenario file (its topology is replaced)", DefaultValueFactory = _ => "scenarios/default.json" };
        var set = new Option<string[]>("--set") { Description = "With --vnodes: override a scenario key (Key=Value), as for run", AllowMultipleArgumentsPerToken = true };
        var command = new Command(
            "scale",
            "The annealer's evaluated moves per second at each testbed size on the shipped topologies (re-placing the initial " +
            "placement for sink 0 for the load of the middle vertex), or with --vnodes one repetition of a scenario on a " +
            "generated Waxman topology: wall time split into preparation (loads, initial placement), the strategy's searches " +
            "and the rest, and peak memory. Examples:\n" +
            "  netbalance-sim bench scale\n" +
            "  netbalance-sim bench scale --topology campus --vms 64,4096 --runs 5\n" +
            "  netbalance-sim bench scale --vnodes 1000000 --nodes 512 --cpus 8")
        {
            topology, vms, cpus, moves, runs, folder, vnodes, nodes, scenario, set,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var cpusPerNode = TopologyOptions.AtLeast(parse, cpus, 1);
            if (parse.GetValue(vnodes) is { } n)
            {
                output.Write(Run(parse, parse.GetValue(scenario)!, parse.GetValue(set) ?? [], (int)BenchPlacementCommand.AtLeast(n, 1, "--vnodes"), TopologyOptions.AtLeast(parse, nodes, 1), cpusPerNode));
                return CliApp.ExitOk;
            }

            var names = BenchPlacementCommand.SelectTopologies(parse.GetValue(topology)!);
            var shapes = ParseShapes(parse.GetValue(vms)!, cpusPerNode);
            var directory = ShippedTopologies.Locate(parse.GetValue(folder));
            var count = TopologyOptions.AtLeast(parse, runs, 1);
            var perRun = BenchPlacementCommand.AtLeast(parse.GetValue(moves), 1, "--moves");

            var inv = CultureInfo.InvariantCulture;
            output.WriteLine(string.Create(inv, $"scale: annealer re-placing for sink n/2 from the initial placement for sink 0; {perRun:N0} moves per run, {count} rounds after a warm-up, each round one run per size in turn"));
            output.WriteLine("topology  vnodes    VMs  placed tau/tauLB  place s      moves/s median (min .. max)      vs first size: median of the rounds (min .. max)");
            foreach (var topologyName in names)
            {
                var graph = TopologyOptions.Read(parse, Path.Combine(directory, topologyName + ".edges"), new TopologyReadOptions()).Topology;
                parse.InvocationConfiguration.Error.WriteLine(string.Create(inv, $"bench scale: {topologyName} at {string.Join(", ", shapes.Select(s => s.VmCount))} VMs ..."));
                foreach (var row in ScaleBenchmark.Throughput(topologyName, graph, shapes, perRun, count))
                {
                    output.WriteLine(string.Create(inv,
                        $"{row.Topology,-8}  {row.Vnodes,6}  {row.Shape.VmCount,5}  {row.Quality,16:F3}  {row.PlaceSeconds,7:F2}  {row.MovesPerSecond,11:N0} ({row.MovesPerSecondMin:N0} .. {row.MovesPerSecondMax:N0})  {row.RatioToFirst,6:P0} ({row.RatioToFirstMin:P0} .. {row.RatioToFirstMax:P0})"));
                }
            }

            return CliApp.ExitOk;
        });
        return command;
    }

    private static string Run(ParseResult parse, string scenarioPath, string[] overrides, int vnodeCount, int physicalNodes, int cpusPerNode)
    {
        var inv = CultureInfo.InvariantCulture;
        var sets = overrides.Concat([string.Create(inv, $"physicalNodes={physicalNodes}"), string.Create(inv, $"cpusPerNode={cpusPerNode}")]);
        var s = ScenarioFile.Load(scenarioPath, sets).Scenario;
        parse.InvocationConfiguration.Error.WriteLine(string.Create(inv, $"bench scale: generating a Waxman topology of {vnodeCount:N0} vnodes ..."));
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        Topologies.Topology graph;
        try
        {
            graph = new WaxmanTopologyGenerator(new WaxmanOptions { Nodes = vnodeCount, Seed = 1 }).Generate();
        }
        catch (ArgumentException ex)
        {
            throw new UsageException($"--vnodes {vnodeCount}: {ex.Message}");
        }

        var generateSeconds = System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalSeconds;
        parse.InvocationConfiguration.Error.WriteLine("bench scale: running one repetition ...");
        var r = ScaleBenchmark.RunOnce(s, graph, string.Create(inv, $"waxman-{vnodeCount}"));
        var text = new StringBuilder();
        text.Append(inv, $"scale: {s.Name} (strategy {s.Strategy}) on a Waxman topology of {r.Vnodes:N0} vnodes and {r.Links:N0} links (generated in {generateSeconds:F1} s, not counted), ");
        text.Append(inv, $"{r.Shape.PhysicalNodes} x {r.Shape.CpusPerNode} = {r.Shape.VmCount} VMs, one repetition\n");
        text.Append(inv, $"  preparation (sinks, first load, initial placement)  {r.PrepareSeconds,8:F1} s   initial tau/tauLB {r.Quality:F3}, tau / max(tauLB, traffic-tree bound) {r.TreeBoundQuality:F3}\n");
        foreach (var (step, seconds) in r.PlacementSteps)
        {
            var what = step.Kind == PlacementStepKind.Coarsened ? "coarsened to" : "refined    ";
            text.Append(inv, $"    level {step.Level,2} {what} {step.Vertices,9:N0} vertices, {step.Links,10:N0} links {seconds,8:F1} s{(step.Moves > 0 ? $", {step.Moves:N0} moves = {step.Moves / Math.Max(seconds, 1e-9):N0} moves/s" : "")}\n");
        }

        text.Append(inv, $"  run with NETbalance                                  {r.NetBalanceRunSeconds,8:F1} s   of which the strategy's searches {r.SearchSeconds:F1} s ({r.MovesEvaluated:N0} moves, {r.MovesEvaluated / Math.Max(r.SearchSeconds, 1e-9):N0} moves/s)\n");
        text.Append(inv, $"  run without NETbalance                               {r.StaticRunSeconds,8:F1} s\n");
        text.Append(inv, $"  total                                                {r.TotalSeconds,8:F1} s   relative runtime {r.RelativeRuntime:F3}\n");
        text.Append(inv, $"  split: placement {r.PrepareSeconds / r.TotalSeconds:P0}, searches {r.SearchSeconds / r.TotalSeconds:P0}, rest {(r.TotalSeconds - r.PrepareSeconds - r.SearchSeconds) / r.TotalSeconds:P0}; peak memory {r.PeakBytes / 1e6:N0} MB\n");
        return text.ToString();
    }

    private static TestbedShape[] ParseShapes(string list, int cpusPerNode)
    {
        var shapes = new List<TestbedShape>();
        foreach (var part in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < cpusPerNode || count % cpusPerNode != 0)
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--vms: '{part}' is not a positive multiple of --cpus {cpusPerNode}; expected e.g. 64,512,4096."));
            }

            shapes.Add(new TestbedShape(count / cpusPerNode, cpusPerNode));
        }

        return shapes.Count > 0 ? [.. shapes] : throw new UsageException("--vms: expected at least one VM count, e.g. 64,512,4096.");
    }
}
