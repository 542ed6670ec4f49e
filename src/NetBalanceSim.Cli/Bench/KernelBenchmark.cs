using System.Diagnostics;
using NetBalanceSim.Kernel;

namespace NetBalanceSim.Cli.Bench;

/// <summary>
/// The kernel workload: <c>processes</c> processes that each wait on <c>timeoutsPerProcess</c> timeouts in a
/// row (1,000 x 1,000 by default, one million events), with delays that differ between processes so that the
/// queue interleaves them.
/// </summary>
internal static class KernelBenchmark
{
    /// <summary>Runs the workload once and measures it.</summary>
    public static KernelRunMeasurement RunOnce(int processes, int timeoutsPerProcess)
    {
        var simulation = new Simulation();
        for (var i = 0; i < processes; i++)
        {
            simulation.Process(Waiter(simulation, timeoutsPerProcess, 1.0 + (0.001 * (i % 97))));
        }
        var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        simulation.Run();
        watch.Stop();
        var bytes = GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
        return new KernelRunMeasurement(simulation.ProcessedEventCount, watch.Elapsed.TotalSeconds, bytes, simulation.Fingerprint);
    }

    private static IEnumerable<Event> Waiter(Simulation simulation, int timeouts, double delaySeconds)
    {
        for (var k = 0; k < timeouts; k++)
        {
            yield return simulation.Timeout(delaySeconds);
        }
    }
}

/// <summary>One run of the kernel workload: events processed, wall seconds, bytes allocated while running.</summary>
internal readonly record struct KernelRunMeasurement(long Events, double WallSeconds, long AllocatedBytes, ulong Fingerprint)
{
    public double EventsPerSecond => Events / WallSeconds;

    public double BytesPerEvent => (double)AllocatedBytes / Events;
}
