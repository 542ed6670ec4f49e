namespace NetBalanceSim.Experiments.Figures;

/// <summary>One row of <c>summary.csv</c>: a point of the sweep and the relative runtime measured there.</summary>
/// <param name="Line">The line of the row in the file.</param>
/// <param name="Point">The swept keys' values, raw, in the table's column order.</param>
/// <param name="Count">The repetitions (n).</param>
/// <param name="Mean">The mean relative runtime.</param>
/// <param name="StandardDeviation">Its standard deviation (NaN for n = 1).</param>
/// <param name="Ci95Low">The lower end of the 95% interval (NaN when undefined).</param>
/// <param name="Ci95High">The upper end of the 95% interval (NaN when undefined).</param>
public sealed record SummaryRow(int Line, IReadOnlyList<string> Point, double Count, double Mean, double StandardDeviation, double Ci95Low, double Ci95High)
{
    /// <summary>Every numeric column of the row after the swept keys, by name (an empty field is NaN).</summary>
    public IReadOnlyDictionary<string, double> Measures { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>The value of measure <paramref name="column"/> (NaN if the table has no such column).</summary>
    /// <param name="column">A column of <c>summary.csv</c>, e.g. <c>relativeBound</c>.</param>
    /// <returns>The value, or NaN.</returns>
    public double Measure(string column) => Measures.TryGetValue(column, out var value) ? value : double.NaN;
}
