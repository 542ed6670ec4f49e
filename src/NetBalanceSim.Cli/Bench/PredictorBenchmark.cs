using System.Diagnostics;
using NetBalance;
using NetBalanceSim.Testbed;

namespace NetBalanceSim.Cli.Bench;

/// <summary>What one timed pass of a predictor over a report sequence measured.</summary>
/// <param name="MillisecondsPerReport">Every report's Predict time, in report order.</param>
/// <param name="FirstReportAllocatedBytes">Bytes the first Predict call allocated (the predictor's state and its load).</param>
/// <param name="LaterAllocatedBytes">Bytes the later Predict calls allocated (the returned loads included).</param>
internal sealed record PredictorMeasurement(double[] MillisecondsPerReport, long FirstReportAllocatedBytes, long LaterAllocatedBytes);

/// <summary>
/// Feeds a predictor the reports of a sink-switch workload (the sink moves every few reports; each report optionally
/// multiplied by lognormal noise per value) and times its Predict calls only; the reports are made outside the timing.
/// </summary>
internal static class PredictorBenchmark
{
    /// <summary>Runs <paramref name="predictor"/> over <paramref name="reports"/> reports.</summary>
    public static PredictorMeasurement Run(ILoadPredictor predictor, SinkLoadFactory loads, int reports, int changeEvery, double noiseSigma, ulong seed)
    {
        var random = new Xoshiro256StarStarRandom(seed);
        var sink = loads.For(random.NextInt(loads.Topology.NodeCount));
        var cpu = new double[sink.VnodeCount];
        var rates = new double[sink.Graph.HalfEdgeCount];
        var times = new double[reports];
        long first = 0, later = 0;
        for (var t = 0; t < reports; t++)
        {
            if (t > 0 && t % changeEvery == 0)
            {
                sink = loads.For(random.NextInt(loads.Topology.NodeCount));
            }

            var report = noiseSigma > 0 ? Noisy(sink, noiseSigma, random, cpu, rates) : sink;
            var before = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            predictor.Predict(report);
            times[t] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            (first, later) = t == 0 ? (bytes, later) : (first, later + bytes);
        }

        return new PredictorMeasurement(times, first, later);
    }

    private static Load Noisy(Load load, double sigma, Xoshiro256StarStarRandom random, double[] cpu, double[] rates)
    {
        Multiply(load.CpuSecondsPerSecond, sigma, random, cpu);
        Multiply(load.HalfEdgeRatesMbps, sigma, random, rates);
        return new Load(load.Graph, cpu, rates);
    }

    /// <summary>Each value times <c>exp(sigma z)</c>, z standard normal (Box-Muller).</summary>
    private static void Multiply(ReadOnlySpan<double> values, double sigma, Xoshiro256StarStarRandom random, double[] into)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var z = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            into[i] = values[i] * Math.Exp(sigma * z);
        }
    }
}
