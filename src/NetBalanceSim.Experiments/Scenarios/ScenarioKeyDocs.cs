using System.Globalization;

namespace NetBalanceSim.Experiments.Scenarios;

/// <summary>
/// The unit and numeric range of every scenario key, for <c>netbalance-sim keys</c>, <c>docs/keys.md</c> and the JSON
/// schema. The ranges are the ones <see cref="ScenarioKey.Check"/> enforces (a test checks both ends of each).
/// </summary>
public static class ScenarioKeyDocs
{
    private const double Max = ScenarioKeys.MaxMagnitude;

    /// <summary>The documentation of a key.</summary>
    /// <param name="key">A key of <see cref="ScenarioKeys.All"/>.</param>
    /// <returns>Its unit and range, as the key's definition gives them.</returns>
    public static KeyDoc For(ScenarioKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Doc;
    }

    /// <summary>The key's meaning: its documented meaning, else its help text.</summary>
    /// <param name="key">The key.</param>
    /// <returns>One line of text.</returns>
    public static string Meaning(ScenarioKey key) => For(key).Meaning ?? key.Help;

    /// <summary>The allowed values in words: a numeric range, the choices, or what the key takes.</summary>
    /// <param name="key">The key.</param>
    /// <returns>One short line, e.g. <c>&gt; 0 .. 1e9</c>.</returns>
    public static string Range(ScenarioKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var doc = For(key);
        if (key.Choices is { } choices)
        {
            return string.Join(" | ", choices);
        }
        var whole = key.Kind == ScenarioValueKind.WholeNumber;
        var range = doc.Minimum is { } min ? $"{(doc.ExclusiveMinimum ? "> " : "")}{Show(min, whole)} .. {Show(doc.Maximum!.Value, whole)}" : null;
        return key.Kind switch
        {
            ScenarioValueKind.Boolean => "true | false",
            ScenarioValueKind.NullableNumber => $"null | {range}",
            ScenarioValueKind.Text => "text",
            ScenarioValueKind.TextList => "list of keys",
            _ => range ?? "",
        };
    }

    /// <summary>The key's default (its value in a scenario that leaves it out), as JSON text.</summary>
    /// <param name="key">The key.</param>
    /// <returns>E.g. <c>10</c>, <c>"grid"</c>, <c>null</c>.</returns>
    public static string Default(ScenarioKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Name switch
        {
            "name" => "(the file's name)",
            "description" => "(required)",
            _ => key.Get(new Scenario()) switch
            {
                null => "null",
                bool flag => flag ? "true" : "false",
                string text => $"\"{text}\"",
                string[] list => "[" + string.Join(", ", list.Select(t => $"\"{t}\"")) + "]",
                IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString() ?? "",
            },
        };
    }

    /// <summary>A range end as written in the docs: 1e9 for the largest magnitude, else the number.</summary>
    private static string Show(double value, bool whole) =>
        whole ? WholeBound(value).ToString("N0", CultureInfo.InvariantCulture)
        : value == Max ? "1e9" : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A bound of a whole-number key as the whole number it stands for (the largest seed is not a double).</summary>
    /// <param name="value">The bound.</param>
    /// <returns>The bound, at most <c>long.MaxValue / 2</c>.</returns>
    public static long WholeBound(double value) => value >= long.MaxValue / 2 ? long.MaxValue / 2 : (long)value;

}
