using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Scenarios;

namespace NetBalanceSim.Cli.Commands;

/// <summary>
/// <c>netbalance-sim bench coordinator</c>: the coordinator's throughput in real runs, the moves its searches evaluate
/// per second of wall time over whole runs with NETbalance (the event kernel, monitor, predictor and cleanup included).
/// </summary>
internal static class BenchCoordinatorCommand
{
    public static Command Create()
    {
        var scenario = new Option<string>("--scenario") { Description = "The scenario file", DefaultValueFactory = _ => "scenarios/default.json" };
        var reps = new Option<int>("--reps") { Description = "Repetitions timed one after another (after one warm-up repetition)", DefaultValueFactory = _ => 5 };
        var set = new Option<string[]>("--set") { Description = "Override a scenario key (Key=Value), as for run", AllowMultipleArgumentsPerToken = true };
        var lenient = ScenarioRunOptions.LenientOption();
        var largest = ScenarioRunOptions.LargestComponentOption();
        var command = new Command(
            "coordinator",
            "Time the runs with NETbalance of a scenario's first repetitions (initial placement and the run without NETbalance not timed) " +
            "and print the moves evaluated per second of wall time. Examples:\n" +
            "  netbalance-sim bench coordinator\n" +
            "  netbalance-sim bench coordinator --reps 10 --set strategy=annealing+fresh")
        {
            scenario, reps, set, lenient, largest,
        };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(reps);
            if (count < 1)
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--reps must be at least 1 (got {count})."));
            }
            var resolved = ScenarioFile.Load(parse.GetValue(scenario)!, [.. parse.GetValue(set) ?? [], .. ScenarioRunOptions.TopologyOverrides(parse, lenient, largest)]);
            var read = ScenarioTopology.Read(resolved);
            foreach (var warning in read.Warnings)
            {
                parse.InvocationConfiguration.Error.WriteLine($"netbalance-sim: {warning}");
            }
            var topology = read.Topology;
            var s = resolved.Scenario;
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"coordinator: {s.Name}, strategy {s.Strategy}, {Path.GetFileName(resolved.TopologyPath)}, {s.PhysicalNodes} x {s.CpusPerNode} CPUs, To = {s.ToSeconds} s at {s.Run.Coordinator.CoordinatorMovesPerSecond:N0} moves/s; {count} repetitions after a warm-up"));
            RepetitionRunner.Prepare(s, topology, 0).RunWith(s.Strategy);
            var rates = new List<double>();
            long totalMoves = 0;
            var totalSeconds = 0.0;
            for (var r = 0; r < count; r++)
            {
                var prepared = RepetitionRunner.Prepare(s, topology, r);
                var start = Stopwatch.GetTimestamp();
                var run = prepared.RunWith(s.Strategy);
                var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
                rates.Add(run.MovesEvaluated / seconds);
                totalMoves += run.MovesEvaluated;
                totalSeconds += seconds;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  repetition {r}: {run.MovesEvaluated,10:N0} moves in {seconds,6:F3} s = {run.MovesEvaluated / seconds,12:N0} moves/s ({run.ReplacementsConsidered} searches, {run.ReplacementsDeployed} deployed)"));
            }
            rates.Sort();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"median {rates[rates.Count / 2]:N0} moves/s (min {rates[0]:N0}, max {rates[^1]:N0}); overall {totalMoves / totalSeconds:N0} moves/s"));
            return CliApp.ExitOk;
        });
        return command;
    }
}
