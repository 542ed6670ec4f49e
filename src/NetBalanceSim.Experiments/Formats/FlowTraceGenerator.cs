using System.Globalization;
using NetBalanceSim.Kernel;

namespace NetBalanceSim.Experiments.Formats;

/// <summary>
/// Writes a synthetic flow trace (<see cref="FlowTraceCsv"/>) of any size, for examples and load benchmarks: <c>Flows</c>
/// flows between uniformly drawn vnode pairs all start at 0; then at every step (<c>StepSeconds</c> apart)
/// <c>RowsPerStep</c> uniformly drawn flows get a new rate (0, which ends the flow, with probability 0.2, else uniform in
/// <c>[MinRateMbps, MaxRateMbps]</c>, rounded to 0.1); a last row at the end stops flow 0 and ends the trace.
/// </summary>
/// <remarks>Deterministic for its seed (stream <c>trace</c>); every draw is in row order.</remarks>
public static class FlowTraceGenerator
{
    /// <summary>Writes <paramref name="rows"/> rows (header excluded) to <paramref name="writer"/>.</summary>
    /// <param name="writer">Where the CSV goes (LF line ends).</param>
    /// <param name="vertexCount">The topology's vnodes (at least 2).</param>
    /// <param name="rows">Rows to write, more than <paramref name="flows"/>.</param>
    /// <param name="flows">Flows started at 0.</param>
    /// <param name="rowsPerStep">Rows per later time step.</param>
    /// <param name="stepSeconds">Virtual seconds between steps.</param>
    /// <param name="rateRangeMbps">The rates drawn, in Mbit/s.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The trace's end (the last row's time), in virtual seconds.</returns>
    public static double Write(TextWriter writer, int vertexCount, long rows, int flows, int rowsPerStep, double stepSeconds, (double Min, double Max) rateRangeMbps, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentOutOfRangeException.ThrowIfLessThan(vertexCount, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(flows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(rows, flows);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerStep, 1);
        var random = new RandomStreams(seed).Stream("trace");
        var pairs = new (int Source, int Destination)[flows];
        writer.Write(FlowTraceCsv.Header + "\n");
        for (var f = 0; f < flows; f++)
        {
            var source = random.NextInt(vertexCount);
            var destination = random.NextInt(vertexCount - 1);
            pairs[f] = (source, destination >= source ? destination + 1 : destination);
            WriteRow(writer, 0, pairs[f], Rate(random, rateRangeMbps, allowZero: false));
        }
        var step = 1L;
        var written = (long)flows;
        for (; written < rows - 1; step++)
        {
            for (var i = 0; i < rowsPerStep && written < rows - 1; i++, written++)
            {
                WriteRow(writer, step * stepSeconds, pairs[random.NextInt(flows)], Rate(random, rateRangeMbps, allowZero: true));
            }
        }
        WriteRow(writer, step * stepSeconds, pairs[0], 0);
        return step * stepSeconds;
    }

    private static double Rate(RandomStream random, (double Min, double Max) range, bool allowZero) =>
        allowZero && random.NextDouble() < 0.2 ? 0 : Math.Round(range.Min + ((range.Max - range.Min) * random.NextDouble()), 1);

    private static void WriteRow(TextWriter writer, double timeSeconds, (int Source, int Destination) pair, double rateMbps) =>
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"{timeSeconds},{pair.Source},{pair.Destination},{rateMbps}\n"));
}
