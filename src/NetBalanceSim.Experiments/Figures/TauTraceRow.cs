namespace NetBalanceSim.Experiments.Figures;

/// <summary>One row of <c>tau-trace.csv</c>: tau from this moment of one run on, until the run's next row.</summary>
/// <param name="Line">The line of the row in the file.</param>
/// <param name="Point">The swept keys' values, raw, in the table's column order.</param>
/// <param name="Variant"><c>netbalance</c> or <c>baseline</c>.</param>
/// <param name="Repetition">The repetition.</param>
/// <param name="RealSeconds">Real time of the change.</param>
/// <param name="VirtualSeconds">Virtual time of the change.</param>
/// <param name="Tau">Tau from then on; +infinity while the experiment is suspended.</param>
/// <param name="Cause">start, sinkChange, suspend, resume or end.</param>
public sealed record TauTraceRow(int Line, IReadOnlyList<string> Point, string Variant, int Repetition, double RealSeconds, double VirtualSeconds, double Tau, string Cause);
