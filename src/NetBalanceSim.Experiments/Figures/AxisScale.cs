using System.Globalization;

namespace NetBalanceSim.Experiments.Figures;

/// <summary>How the values of a swept key are placed along the x axis.</summary>
public enum AxisScale
{
    /// <summary>Evenly spaced numbers: the values themselves.</summary>
    Linear,

    /// <summary>Positive numbers that roughly double (or grow by another factor) from one to the next: their log2.</summary>
    Log2,

    /// <summary>Text (or any values drawn side by side): positions 0, 1, 2, ... in the order they first appear.</summary>
    Categorical,
}

/// <summary>Chooses the x axis scale from the values of a swept key.</summary>
public static class AxisScales
{
    /// <summary>
    /// The scale for <paramref name="values"/>: categorical unless every value is a number; log2 when at least three
    /// distinct numbers are all above 0, span a factor of 4 or more and their gaps are more even on a log2 axis than on
    /// a linear one (a roughly geometric sequence such as 1, 2, 4, 8 or 0.125 .. 10); linear otherwise.
    /// </summary>
    /// <param name="values">The raw values, as in <c>summary.csv</c> (duplicates allowed).</param>
    /// <returns>The scale.</returns>
    public static AxisScale Choose(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var numbers = new SortedSet<double>();
        foreach (var value in values)
        {
            if (!TryNumber(value, out var number))
            {
                return AxisScale.Categorical;
            }
            numbers.Add(number);
        }
        if (numbers.Count < 3 || numbers.Min <= 0 || numbers.Max / numbers.Min < 4)
        {
            return AxisScale.Linear;
        }
        var sorted = numbers.ToArray();
        var logGaps = Gaps(sorted.Select(Math.Log2).ToArray());
        var linearGaps = Gaps(sorted);
        return Unevenness(logGaps) < Unevenness(linearGaps) ? AxisScale.Log2 : AxisScale.Linear;
    }

    /// <summary>Parses a key's value as a finite number (invariant culture).</summary>
    /// <param name="text">The raw value.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether it is one.</returns>
    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static double[] Gaps(double[] sorted) => [.. sorted.Skip(1).Select((x, i) => x - sorted[i])];

    private static double Unevenness(double[] gaps) => gaps.Max() / gaps.Min();
}
