namespace NetBalanceSim.Experiments.Figures;

/// <summary>One record of a CSV file: its fields and the line it starts on (1-based; the header is line 1).</summary>
/// <param name="Line">The line the record starts on.</param>
/// <param name="Fields">The unquoted fields.</param>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
