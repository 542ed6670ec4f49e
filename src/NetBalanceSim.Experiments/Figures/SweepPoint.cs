namespace NetBalanceSim.Experiments.Figures;

/// <summary>One point of a sweep figure's line, in axis coordinates.</summary>
/// <param name="X">The x position (the value, its log2, or its category's index, plus the series' dodge).</param>
/// <param name="Y">The metric.</param>
/// <param name="Low">The lower end of its 95% interval (NaN: none).</param>
/// <param name="High">The upper end of its 95% interval (NaN: none).</param>
/// <param name="Line">The row's line in <c>summary.csv</c>.</param>
internal sealed record SweepPoint(double X, double Y, double Low, double High, int Line);
