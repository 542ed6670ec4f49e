using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NetBalanceSim.Cli.Bench;

namespace NetBalanceSim.Cli.Commands;

/// <summary><c>netbalance-sim bench kernel</c>: events per second and bytes allocated per event of the kernel.</summary>
internal static class BenchKernelCommand
{
    public static Command Create()
    {
        var processes = new Option<int>("--processes") { Description = "Number of processes.", DefaultValueFactory = _ => 1000 };
        var timeouts = new Option<int>("--timeouts") { Description = "Timeouts each process waits on, one after the other.", DefaultValueFactory = _ => 1000 };
        var runs = new Option<int>("--runs") { Description = "Measured runs after one warm-up run; the median is reported.", DefaultValueFactory = _ => 5 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var command = new Command("kernel", "Run processes that each wait on a series of timeouts (1,000 x 1,000 = 1,000,000 events by default) and report the median events per second and the bytes allocated per event.")
        {
            processes, timeouts, runs, json,
        };
        command.SetAction(parse =>
        {
            var p = RequirePositive(parse.GetValue(processes), "--processes");
            var t = RequirePositive(parse.GetValue(timeouts), "--timeouts");
            var r = RequirePositive(parse.GetValue(runs), "--runs");
            Execute(p, t, r, parse.GetValue(json), parse.InvocationConfiguration.Output);
            return CliApp.ExitOk;
        });
        return command;
    }

    private static void Execute(int processes, int timeouts, int runs, bool json, TextWriter output)
    {
        KernelBenchmark.RunOnce(processes, timeouts);
        var measured = new KernelRunMeasurement[runs];
        for (var i = 0; i < runs; i++)
        {
            measured[i] = KernelBenchmark.RunOnce(processes, timeouts);
        }
        var rates = measured.Select(m => m.EventsPerSecond).Order().ToArray();
        var median = Median(rates);
        var bytesPerEvent = measured.Select(m => m.BytesPerEvent).Order().ToArray()[runs / 2];
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                benchmark = "kernel",
                processes,
                timeoutsPerProcess = timeouts,
                eventsPerRun = measured[0].Events,
                runs,
                eventsPerSecond = Math.Round(median),
                eventsPerSecondMin = Math.Round(rates[0]),
                eventsPerSecondMax = Math.Round(rates[^1]),
                bytesPerEvent = Math.Round(bytesPerEvent, 2),
                fingerprint = measured[0].Fingerprint.ToString("x16", CultureInfo.InvariantCulture),
            }));
            return;
        }
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"kernel: {processes} processes x {timeouts} timeouts = {measured[0].Events:N0} events per run, {runs} runs after a warm-up"));
        output.WriteLine(string.Create(inv, $"  events per second  median {median:N0}  (min {rates[0]:N0}, max {rates[^1]:N0})"));
        output.WriteLine(string.Create(inv, $"  bytes per event    {bytesPerEvent:F2}"));
    }

    private static double Median(double[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;

    private static int RequirePositive(int value, string option) =>
        value >= 1 ? value : throw new UsageException($"{option} must be at least 1 (got {value}).");
}
