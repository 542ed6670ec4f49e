namespace NetBalanceSim.Experiments.Figures;

/// <summary>How a column of <c>summary.csv</c> is named on a figure.</summary>
/// <param name="Name">The display name, e.g. <c>prediction window Tp</c>.</param>
/// <param name="Unit">The unit, e.g. <c>s</c> (empty for none).</param>
/// <param name="Legend">The legend text of a value (null: the value, then the unit).</param>
public sealed record KeyLabel(string Name, string Unit = "", Func<string, string>? Legend = null)
{
    /// <summary>The axis label: the name with the unit in brackets, e.g. <c>prediction window Tp (s)</c>.</summary>
    public string Axis => Unit.Length > 0 ? $"{Name} ({Unit})" : Name;

    /// <summary>The legend text of value <paramref name="value"/>, e.g. <c>20 Mbit/s</c>.</summary>
    /// <param name="value">The raw value.</param>
    /// <returns>The text.</returns>
    public string LegendOf(string value) => Legend?.Invoke(value) ?? (Unit.Length > 0 ? $"{value} {Unit}" : value);
}
