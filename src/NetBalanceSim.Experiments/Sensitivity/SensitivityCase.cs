using System.Globalization;
using NetBalanceSim.Experiments.Scenarios;

namespace NetBalanceSim.Experiments.Sensitivity;

/// <summary>
/// What a setup case of a sensitivity sweep is, read from its name, so that a finished results folder (its
/// <c>summary.csv</c>) is all the analysis needs: <c>tornado base</c>, <c>tornado FACTOR low=VALUE base=VALUE</c>,
/// <c>tornado FACTOR high=VALUE base=VALUE</c>, <c>morris pP tT s0</c> (a trajectory's start) and
/// <c>morris pP tT sS FACTOR up|down</c> (step S moved FACTOR by plus or minus delta).
/// </summary>
/// <param name="Method">Tornado or Morris.</param>
/// <param name="Factor">The factor varied (null for the tornado's base point and a trajectory's start).</param>
/// <param name="High">Tornado: whether this is the high end.</param>
/// <param name="Value">Tornado: the factor's value.</param>
/// <param name="BaseValue">Tornado: the factor's base value.</param>
/// <param name="Levels">Morris: the grid's levels p.</param>
/// <param name="Trajectory">Morris: the trajectory.</param>
/// <param name="Step">Morris: the point's index in the trajectory (0 for the start).</param>
/// <param name="Direction">Morris: +1 (up) or -1 (down); 0 at the start.</param>
public sealed record SensitivityCase(SensitivityMethods Method, string? Factor, bool High = false, double Value = double.NaN, double BaseValue = double.NaN,
    int Levels = 0, int Trajectory = 0, int Step = 0, int Direction = 0)
{
    /// <summary>The name of the tornado's base point.</summary>
    public const string TornadoBase = "tornado base";

    /// <summary>The name of a tornado end.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="high">The high end (else the low).</param>
    /// <param name="value">The value run.</param>
    /// <param name="baseValue">The scenario's value.</param>
    /// <returns>The name.</returns>
    public static string TornadoEnd(string factor, bool high, double value, double baseValue) =>
        $"tornado {factor} {(high ? "high" : "low")}={Text(value)} base={Text(baseValue)}";

    /// <summary>The name of point <paramref name="step"/> of Morris trajectory <paramref name="trajectory"/>.</summary>
    /// <param name="levels">p.</param>
    /// <param name="trajectory">The trajectory.</param>
    /// <param name="step">The point's index (0: the start).</param>
    /// <param name="factor">The factor the step moved (null at the start).</param>
    /// <param name="direction">+1 or -1 (ignored at the start).</param>
    /// <returns>The name.</returns>
    public static string MorrisPoint(int levels, int trajectory, int step, string? factor, int direction) =>
        string.Create(CultureInfo.InvariantCulture, $"morris p{levels} t{trajectory} s{step}") + (factor is null ? "" : $" {factor} {(direction > 0 ? "up" : "down")}");

    /// <summary>A number as a case name writes it: invariant, shortest round trip.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Reads a case name; null if it is none of the forms above.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The case, or null.</returns>
    public static SensitivityCase? Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var parts = name.Split(' ');
        if (name == TornadoBase)
        {
            return new SensitivityCase(SensitivityMethods.Tornado, null);
        }
        if (parts is ["tornado", var factor, var end, var based]
            && TryValue(end, out var which, out var value) && which is "low" or "high"
            && TryValue(based, out var baseWord, out var baseValue) && baseWord == "base")
        {
            return new SensitivityCase(SensitivityMethods.Tornado, factor, which == "high", value, baseValue);
        }
        if (parts.Length is 4 or 6 && parts[0] == "morris"
            && TryInt(parts[1], 'p', out var levels) && TryInt(parts[2], 't', out var trajectory) && TryInt(parts[3], 's', out var step))
        {
            if (parts.Length == 4)
            {
                return step == 0 ? new SensitivityCase(SensitivityMethods.Morris, null, Levels: levels, Trajectory: trajectory) : null;
            }
            return step > 0 && parts[5] is "up" or "down"
                ? new SensitivityCase(SensitivityMethods.Morris, parts[4], Levels: levels, Trajectory: trajectory, Step: step, Direction: parts[5] == "up" ? 1 : -1)
                : null;
        }
        return null;
    }

    private static bool TryValue(string text, out string word, out double value)
    {
        value = double.NaN;
        return KeyValueText.TrySplit(text, out word, out var number)
            && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    private static bool TryInt(string text, char prefix, out int value)
    {
        value = 0;
        return text.Length > 1 && text[0] == prefix && int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
