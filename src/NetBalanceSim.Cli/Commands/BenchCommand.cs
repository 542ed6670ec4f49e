using System.CommandLine;

namespace NetBalanceSim.Cli.Commands;

/// <summary><c>netbalance-sim bench ...</c>: performance measurements, one sub-verb per component.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "Measure the speed of a component (median of several runs after a warm-up).");
        bench.Subcommands.Add(BenchKernelCommand.Create());
        bench.Subcommands.Add(BenchRoutingCommand.Create());
        bench.Subcommands.Add(BenchPlacementCommand.Create());
        bench.Subcommands.Add(BenchCoordinatorCommand.Create());
        bench.Subcommands.Add(BenchScaleCommand.Create());
        bench.Subcommands.Add(BenchPredictorCommand.Create());
        bench.Subcommands.Add(BenchTraceCommand.Create());
        return bench;
    }
}
