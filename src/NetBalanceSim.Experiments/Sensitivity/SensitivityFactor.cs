using System.Globalization;

namespace NetBalanceSim.Experiments.Sensitivity;

/// <summary>One model constant screened by <c>sensitivity</c>: its scenario key and the range it is varied over.</summary>
/// <param name="Name">The scenario key (a cost-model constant or <c>coordinatorMovesPerSecond</c>).</param>
/// <param name="Low">The low end: absolute, or a multiple of the scenario's value when <paramref name="RelativeToScenario"/>.</param>
/// <param name="High">The high end, likewise.</param>
/// <param name="Scale">How the range is spread over the design's levels.</param>
/// <param name="RelativeToScenario">Whether the ends multiply the scenario's own value (else they are absolute).</param>
/// <param name="Rationale">Why this range, in a few words.</param>
public sealed record SensitivityFactor(string Name, double Low, double High, FactorScale Scale, bool RelativeToScenario, string Rationale)
{
    /// <summary>How the Morris design samples this factor instead of its range (null: over its range).</summary>
    public FactorRatio? MorrisRatio { get; init; }

    /// <summary>The range's ends for a scenario whose value of this key is <paramref name="scenarioValue"/>.</summary>
    /// <param name="scenarioValue">The scenario's value of the key.</param>
    /// <returns>The low and the high end.</returns>
    public (double Low, double High) RangeAt(double scenarioValue) =>
        RelativeToScenario ? (Low * scenarioValue, High * scenarioValue) : (Low, High);

    /// <summary>The value at position <paramref name="u"/> (0 to 1) of the range [<paramref name="low"/>, <paramref name="high"/>].</summary>
    /// <param name="u">The position in the unit interval.</param>
    /// <param name="low">The low end.</param>
    /// <param name="high">The high end.</param>
    /// <param name="scale">Linear or geometric spacing (a geometric range with an end at 0 or below is spaced linearly).</param>
    /// <returns>The value; exactly <paramref name="low"/> at 0 and <paramref name="high"/> at 1.</returns>
    public static double Map(double u, double low, double high, FactorScale scale)
    {
        if (u <= 0 || low == high)
        {
            return low;
        }
        if (u >= 1)
        {
            return high;
        }
        return scale == FactorScale.Log && low > 0 && high > 0
            ? low * Math.Pow(high / low, u)
            : low + (u * (high - low));
    }

    /// <summary>The range as text without commas, e.g. <c>0.05 to 0.2</c> or <c>0.5x to 2x the scenario's value (log)</c>.</summary>
    /// <returns>The description.</returns>
    public string DescribeRange()
    {
        var inv = CultureInfo.InvariantCulture;
        var scale = Scale == FactorScale.Log ? " (log)" : "";
        return RelativeToScenario
            ? string.Create(inv, $"{Low}x to {High}x the scenario's value{scale}")
            : string.Create(inv, $"{Low} to {High}{scale}");
    }

    /// <summary>What the Morris design samples, e.g. <c>sigmaInterPn/sigmaInterVm 1 to 3</c>.</summary>
    /// <returns>The description.</returns>
    public string DescribeMorrisRange() => MorrisRatio is { } ratio
        ? string.Create(CultureInfo.InvariantCulture, $"{Name}/{ratio.Of} {ratio.Low} to {ratio.High}")
        : DescribeRange();
}
