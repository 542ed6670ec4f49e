namespace NetBalanceSim.Experiments.Statements;

/// <summary>One combination of constants a calibration tries.</summary>
/// <param name="Index">Its place in the grid, from 0 (first key slowest).</param>
/// <param name="Values">The keys and their values as written on the command line, in grid order.</param>
public sealed record CalibrationCandidate(int Index, IReadOnlyList<KeyValuePair<string, string>> Values)
{
    /// <summary>The candidate's folder name, <c>c0</c>, <c>c1</c>, ...</summary>
    public string Name => $"c{Index.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The scenario overrides (<c>KEY=VALUE</c>) that make it.</summary>
    public IReadOnlyList<string> Overrides => [.. Values.Select(v => $"{v.Key}={v.Value}")];

    /// <summary>The candidate in words, e.g. <c>sigmaInterPn=0.45 coordinatorMovesPerSecond=400000</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(" ", Overrides);
}
