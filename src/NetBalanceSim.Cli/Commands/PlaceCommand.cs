using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NetBalance;
using NetBalanceSim.Experiments.Formats;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Cli.Commands;

/// <summary>
/// <c>netbalance-sim place --topology FILE --sink V [options] -o placement.csv</c>: the initial placement for the
/// sink's load (NETplace's role, DESIGN §3 "Initial placement and the baseline"), written as <c>vnode,vm</c>.
/// </summary>
internal static class PlaceCommand
{
    /// <summary>The default seed of the placer's random source.</summary>
    public const ulong DefaultSeed = 1;

    public static Command Create()
    {
        var engine = new EngineOptions();
        var moves = new Option<int>("--moves-per-vnode")
        {
            Description = "Annealing budget per vertex at every level of the multilevel placement",
            DefaultValueFactory = _ => new InitialPlacerOptions().MovesPerVnode,
        };
        var seed = new Option<ulong>("--seed", "-s") { Description = "Seed of the placer's random source", DefaultValueFactory = _ => DefaultSeed };
        var output = new Option<string>("--output", "-o") { Description = "Placement file to write (CSV: vnode,vm)", Required = true };
        var command = new Command(
            "place",
            "Compute an initial placement of a topology's vnodes on the testbed's VMs for one sink's load " +
            "(multilevel partition refined by the annealer), write it as CSV (vnode,vm) and print tau, tauLB, " +
            "tau/tauLB and the wall time. The same inputs and seed give the same file. Examples:\n" +
            "  netbalance-sim place --topology topologies/grid.edges --sink 0 -o grid-0.csv\n" +
            "  netbalance-sim place -t topologies/campus.edges --sink 17 --nodes 4 --cpus-per-node 16 -o campus.csv\n" +
            "  netbalance-sim place -t topologies/waxman.edges --sink 3 --set sigmaInterPn=0.4 --seed 7 -o w.csv");
        engine.AddTo(command);
        command.Options.Add(moves);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var inputs = engine.Resolve(parse);
            var movesPerVnode = parse.GetValue(moves) is var m and >= 0
                ? m
                : throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--moves-per-vnode must be at least 0 (got {parse.GetValue(moves)})."));
            var estimatedMoves = 1.5 * movesPerVnode * (double)inputs.Topology.NodeCount;
            if (estimatedMoves > PlanBudget.MaxMoves)
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                    $"--moves-per-vnode {movesPerVnode} for {inputs.Topology.NodeCount:N0} vnodes: estimated {estimatedMoves:0.##e0} annealer moves, above the limit of 1e12 (README, \"Limits\")."));
            }

            var path = parse.GetValue(output)!;
            var load = inputs.Load();
            var placer = new InitialPlacer(inputs.Shape, inputs.Constants.Testbed, new InitialPlacerOptions { MovesPerVnode = movesPerVnode });
            var start = Stopwatch.GetTimestamp();
            var placed = placer.Place(load, new Xoshiro256StarStarRandom(parse.GetValue(seed)));
            var wall = Stopwatch.GetElapsedTime(start);
            Write(path, placed.Placement);
            Report(parse.InvocationConfiguration.Output, path, inputs, placed, wall.TotalSeconds, parse.GetValue(seed));
            return CliApp.ExitOk;
        });
        return command;
    }

    private static void Write(string path, Placement placement)
    {
        try
        {
            PlacementCsv.Write(path, placement);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: cannot be written ({ex.Message})");
        }
    }

    private static void Report(TextWriter output, string path, EngineInputs inputs, InitialPlacementResult placed, double wallSeconds, ulong seed)
    {
        var inv = CultureInfo.InvariantCulture;
        var shape = inputs.Shape;
        output.WriteLine(string.Create(inv, $"wrote {path}: {placed.Placement.Count} vnodes on {shape.PhysicalNodes} x {shape.CpusPerNode} = {shape.VmCount} VMs (sink {inputs.Sink}, {inputs.RateMbps} Mbit/s, seed {seed})"));
        output.WriteLine(string.Create(inv, $"  tau        {placed.Tau:F4}"));
        output.WriteLine(string.Create(inv, $"  tauLB      {placed.TauLowerBound:F4}"));
        output.WriteLine(string.Create(inv, $"  tau/tauLB  {placed.Quality:F4}"));
        output.WriteLine(string.Create(inv, $"  wall time  {wallSeconds:F2} s ({placed.Levels} coarse levels, {placed.MovesEvaluated:N0} moves evaluated)"));
    }
}
