using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NetBalanceSim.Experiments.Formats;

namespace NetBalanceSim.Cli.Commands;

/// <summary>
/// <c>netbalance-sim bench trace</c>: writes a synthetic flow trace of any size (<see cref="FlowTraceGenerator"/>) and
/// times reading it back as the <c>trace</c> workload does (<see cref="FlowTraceCsv"/>).
/// </summary>
internal static class BenchTraceCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "The trace file to write (overwritten)", Required = true };
        var rows = new Option<long>("--rows") { Description = "Rows to write, header excluded", DefaultValueFactory = _ => 1_000_000 };
        var vnodes = new Option<int>("--vnodes") { Description = "The topology's vnodes (1,600 for the shipped grid)", DefaultValueFactory = _ => 1600 };
        var flows = new Option<int>("--flows") { Description = "Flows started at time 0", DefaultValueFactory = _ => 2000 };
        var perStep = new Option<int>("--rows-per-step") { Description = "Rows at each later time step", DefaultValueFactory = _ => 100 };
        var step = new Option<double>("--step-seconds") { Description = "Virtual seconds between steps", DefaultValueFactory = _ => 1 };
        var minRate = new Option<double>("--min-rate") { Description = "Smallest rate drawn, Mbit/s", DefaultValueFactory = _ => 5 };
        var maxRate = new Option<double>("--max-rate") { Description = "Largest rate drawn, Mbit/s", DefaultValueFactory = _ => 50 };
        var seed = new Option<long>("--seed") { Description = "The generator's seed", DefaultValueFactory = _ => 1 };
        var command = new Command(
            "trace",
            "Write a synthetic flow trace (docs/workloads.md) and time reading it back. Examples:\n" +
            "  netbalance-sim bench trace --out /tmp/trace.csv\n" +
            "  netbalance-sim bench trace --out example.csv --rows 400 --flows 40 --rows-per-step 4 --step-seconds 60 --min-rate 100 --max-rate 400")
        {
            output, rows, vnodes, flows, perStep, step, minRate, maxRate, seed,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            var (rowCount, flowCount, n) = (parse.GetValue(rows), parse.GetValue(flows), parse.GetValue(vnodes));
            if (n < 2 || flowCount < 1 || rowCount <= flowCount || parse.GetValue(perStep) < 1 || !(parse.GetValue(step) > 0)
                || !(parse.GetValue(minRate) >= 0) || !(parse.GetValue(maxRate) >= parse.GetValue(minRate)))
            {
                throw new UsageException("expected --vnodes 2 or more, --flows 1 or more, --rows above --flows, --rows-per-step 1 or more, --step-seconds above 0 and 0 <= --min-rate <= --max-rate");
            }
            var end = Generate(path, parse, rowCount, flowCount, n);
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var start = Stopwatch.GetTimestamp();
            var changes = FlowTraceCsv.Read(path, n);
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"trace: {rowCount:N0} rows ({new FileInfo(path).Length / 1e6:F1} MB) ending at {end} s, {changes.SegmentCount:N0} segments; read in {seconds:F3} s ({rowCount / seconds / 1e6:F2} million rows/s), {allocated / 1e6:F1} MB allocated"));
            return CliApp.ExitOk;
        });
        return command;
    }

    private static double Generate(string path, ParseResult parse, long rows, int flows, int vnodes)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), bufferSize: 1 << 20);
        return FlowTraceGenerator.Write(writer, vnodes, rows, flows, parse.GetValue<int>("--rows-per-step"), parse.GetValue<double>("--step-seconds"),
            (parse.GetValue<double>("--min-rate"), parse.GetValue<double>("--max-rate")), (ulong)parse.GetValue<long>("--seed"));
    }
}
