namespace NetBalanceSim.Experiments.Running;

/// <summary>
/// One finished unit of a plan (a point's repetition, both variants) as the rows it contributes to
/// <c>runs.csv</c> and <c>tau-trace.csv</c>, without the point's columns. This is what the journal keeps, so a
/// resumed sweep rebuilds its tables from finished units exactly as if it had never stopped.
/// </summary>
/// <param name="Point">The point's index in the plan.</param>
/// <param name="Repetition">The repetition r.</param>
/// <param name="RunRows">The <c>runs.csv</c> rows (NETbalance first, then the baseline).</param>
/// <param name="TraceRows">The <c>tau-trace.csv</c> rows.</param>
public sealed record UnitResult(int Point, int Repetition, IReadOnlyList<string[]> RunRows, IReadOnlyList<string[]> TraceRows);
