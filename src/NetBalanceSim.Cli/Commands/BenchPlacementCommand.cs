using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NetBalance;
using NetBalanceSim.Cli.Bench;
using NetBalanceSim.Topologies.Formats;

namespace NetBalanceSim.Cli.Commands;

/// <summary>
/// <c>netbalance-sim bench placement</c>: on the shipped topologies at 8 x 8 CPUs, the initial placement's
/// tau/tauLB and wall time, the annealer's evaluated moves per second, and METIS's partition beside them.
/// </summary>
internal static class BenchPlacementCommand
{
    public static readonly string[] Topologies = ["grid", "campus", "waxman", "internet"];

    public static Command Create()
    {
        var topology = new Option<string>("--topology") { Description = "all, grid, campus, waxman or internet", DefaultValueFactory = _ => "all" };
        var runs = new Option<int>("--runs") { Description = "Measured runs after one warm-up run; medians are reported", DefaultValueFactory = _ => 5 };
        var moves = new Option<long>("--moves") { Description = "Annealer moves per throughput run", DefaultValueFactory = _ => 10_000_000L };
        var movesPerVnode = new Option<int>("--moves-per-vnode")
        {
            Description = "Initial placer's annealing budget per vertex and level",
            DefaultValueFactory = _ => new InitialPlacerOptions().MovesPerVnode,
        };
        var folder = new Option<string?>("--topologies-dir") { Description = "Folder holding grid.edges ... internet.edges (default: topologies/ in the current folder or above)" };
        var gpmetis = new Option<string?>("--gpmetis") { Description = "Path of gpmetis (default: looked up on the PATH; without it the METIS columns say so)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table" };
        var command = new Command(
            "placement",
            $"On each shipped topology at 8 x 8 CPUs, 10 Mbit/s: place for sink {PlacementBenchmark.Sink} (tau/tauLB, wall time), " +
            "re-place with the annealer for the middle vertex id as the new sink (evaluated moves per second), and partition " +
            "the same load with gpmetis into 64 parts (scored by the same tau). Examples:\n" +
            "  netbalance-sim bench placement\n" +
            "  netbalance-sim bench placement --topology campus --runs 9\n" +
            "  netbalance-sim bench placement --topology grid --runs 1 --moves 100000 --json")
        {
            topology, runs, moves, movesPerVnode, folder, gpmetis, json,
        };
        command.SetAction(parse =>
        {
            var names = SelectTopologies(parse.GetValue(topology)!);
            var settings = new PlacementBenchmarkSettings(
                TestbedShape.Default,
                10,
                (int)AtLeast(parse.GetValue(runs), 1, "--runs"),
                AtLeast(parse.GetValue(moves), 1, "--moves"),
                (int)AtLeast(parse.GetValue(movesPerVnode), 0, "--moves-per-vnode"),
                1);
            var directory = ShippedTopologies.Locate(parse.GetValue(folder));
            var metis = MetisRunner.Find(parse.GetValue(gpmetis));
            var rows = new List<PlacementBenchmarkRow>();
            foreach (var n in names)
            {
                parse.InvocationConfiguration.Error.WriteLine($"bench placement: {n} ...");
                var graph = TopologyOptions.Read(parse, Path.Combine(directory, n + ".edges"), new TopologyReadOptions()).Topology;
                rows.Add(PlacementBenchmark.Measure(n, graph, settings, metis));
            }

            var output = parse.InvocationConfiguration.Output;
            output.Write(parse.GetValue(json) ? Json(settings, metis, rows) : Table(settings, metis, rows));
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>The shipped topologies <c>--topology</c> names: all of them, or one.</summary>
    public static string[] SelectTopologies(string name) => name == "all" ? Topologies
        : Topologies.Contains(name) ? [name]
        : throw new UsageException($"--topology must be all, {string.Join(", ", Topologies)} (got '{name}').");

    /// <summary>The value of an option, which must be at least <paramref name="min"/> (else exit code 2).</summary>
    public static long AtLeast(long value, long min, string option) => value >= min
        ? value
        : throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"{option} must be at least {min} (got {value})."));

    private static string Table(PlacementBenchmarkSettings s, MetisRunner? metis, List<PlacementBenchmarkRow> rows)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new System.Text.StringBuilder();
        text.Append(inv, $"placement: {s.Shape.PhysicalNodes} x {s.Shape.CpusPerNode} = {s.Shape.VmCount} VMs, {s.RateMbps} Mbit/s per source, sink {PlacementBenchmark.Sink}, seed {s.Seed}; ");
        text.Append(inv, $"medians of {s.Runs} runs after a warm-up; annealer: {s.MovesPerRun:N0} moves per run re-placing for sink n/2\n");
        text.Append(metis is null ? "METIS: gpmetis not found (looked up on the PATH, or at --gpmetis)\n" : $"METIS: {metis.Executable} G {s.Shape.VmCount} (vertex weight = CPU, edge weight = link rate; part k = VM k)\n");
        text.Append("topology  vnodes   tauLB  | ours: tau  tau/tauLB     time | METIS: tau  tau/tauLB     time | annealer moves/s\n");
        foreach (var r in rows)
        {
            var metisColumns = r.MetisNote ?? string.Create(inv, $"{r.MetisTau,10:F3}  {r.MetisTau / r.TauLowerBound,9:F3}  {r.MetisWallSeconds,5:F2} s");
            text.Append(inv, $"{r.Topology,-8}  {r.Vnodes,6}  {r.TauLowerBound,6:F3}  | {r.Tau,9:F3}  {r.Tau / r.TauLowerBound,9:F3}  {r.PlaceSeconds,5:F2} s | {metisColumns,-30} | {r.MovesPerSecond,16:N0}\n");
        }

        return text.ToString();
    }

    private static string Json(PlacementBenchmarkSettings s, MetisRunner? metis, List<PlacementBenchmarkRow> rows)
    {
        var document = new
        {
            benchmark = "placement",
            physicalNodes = s.Shape.PhysicalNodes,
            cpusPerNode = s.Shape.CpusPerNode,
            rateMbps = s.RateMbps,
            sink = PlacementBenchmark.Sink,
            runs = s.Runs,
            movesPerRun = s.MovesPerRun,
            movesPerVnode = s.MovesPerVnode,
            seed = s.Seed,
            gpmetis = metis?.Executable,
            topologies = rows.Select(r => new
            {
                topology = r.Topology,
                vnodes = r.Vnodes,
                links = r.Links,
                changedSink = r.ChangedSink,
                tauLowerBound = r.TauLowerBound,
                tau = r.Tau,
                quality = r.Tau / r.TauLowerBound,
                placeSeconds = r.PlaceSeconds,
                movesPerSecond = Math.Round(r.MovesPerSecond),
                movesPerSecondMin = Math.Round(r.MovesPerSecondMin),
                movesPerSecondMax = Math.Round(r.MovesPerSecondMax),
                metisTau = Finite(r.MetisTau),
                metisQuality = Finite(r.MetisTau / r.TauLowerBound),
                metisWallSeconds = Finite(r.MetisWallSeconds),
                metisReportedSeconds = Finite(r.MetisReportedSeconds),
                metisNote = r.MetisNote,
            }),
        };
        return JsonSerializer.Serialize(document) + "\n";
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
