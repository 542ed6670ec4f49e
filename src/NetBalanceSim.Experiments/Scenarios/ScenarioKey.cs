using System.Globalization;
using System.Text.Json;

namespace NetBalanceSim.Experiments.Scenarios;

/// <summary>
/// One key of a scenario file: its name, the type and range of its value, and how it reads and writes a
/// <see cref="Scenario"/>. The same descriptor serves files, <c>--set Key=Value</c>, sweeps and manifests.
/// </summary>
/// <param name="Name">The key as written in files.</param>
/// <param name="Kind">The type of the value.</param>
/// <param name="Help">The meaning, unit and allowed range, for messages and documentation.</param>
/// <param name="Get">Reads the value from a scenario.</param>
/// <param name="Set">Returns a scenario with the value; may throw <see cref="ArgumentException"/> for a value out of range.</param>
/// <param name="Check">Returns what is wrong with a value, or null if it is allowed.</param>
public sealed record ScenarioKey(
    string Name,
    ScenarioValueKind Kind,
    string Help,
    Func<Scenario, object?> Get,
    Func<Scenario, object?, Scenario> Set,
    Func<object?, string?> Check)
{
    /// <summary>The allowed values of a key that takes one of a few names (a strategy, a predictor, a formula), else null.</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    /// <summary>The key's unit and numeric range for the key list, docs/keys.md and the JSON schema (the range is the one <see cref="Check"/> enforces).</summary>
    public KeyDoc Doc { get; init; } = new("");

    /// <summary>Reads a value of this key's kind from JSON.</summary>
    /// <param name="element">The JSON value.</param>
    /// <param name="problem">What is wrong, when the result is false.</param>
    /// <param name="value">The value, when the result is true.</param>
    /// <returns>True if the JSON value has the right type.</returns>
    public bool TryRead(JsonElement element, out object? value, out string problem)
    {
        value = null;
        problem = "";
        switch (Kind)
        {
            case ScenarioValueKind.WholeNumber when element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var integer):
                value = integer;
                return true;
            case ScenarioValueKind.Number or ScenarioValueKind.NullableNumber when element.ValueKind == JsonValueKind.Number:
                // A literal beyond double's range (1e999) does not convert; it is refused as not finite.
                value = element.TryGetDouble(out var number) ? number : double.PositiveInfinity;
                return true;
            case ScenarioValueKind.NullableNumber when element.ValueKind == JsonValueKind.Null:
                return true;
            case ScenarioValueKind.Boolean when element.ValueKind is JsonValueKind.True or JsonValueKind.False:
                value = element.GetBoolean();
                return true;
            case ScenarioValueKind.Text or ScenarioValueKind.TextList when HoldsInvalidText(element):
                problem = JsonText.LoneSurrogate;
                return false;
            case ScenarioValueKind.Text when element.ValueKind == JsonValueKind.String:
                value = element.GetString();
                return true;
            case ScenarioValueKind.TextList when element.ValueKind == JsonValueKind.Array && element.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String):
                value = element.EnumerateArray().Select(e => e.GetString()!).ToArray();
                return true;
            default:
                problem = $"expected {Expected}, got {Describe(element)}";
                return false;
        }
    }

    /// <summary>Parses a value of this key's kind from text (as in <c>--set Key=Value</c>), invariant culture.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value, when the result is true.</param>
    /// <param name="problem">What is wrong, when the result is false.</param>
    /// <returns>True if the text parses.</returns>
    public bool TryParse(string text, out object? value, out string problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = null;
        problem = "";
        var parsed = Kind switch
        {
            ScenarioValueKind.WholeNumber when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) => integer,
            ScenarioValueKind.Number or ScenarioValueKind.NullableNumber when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
            ScenarioValueKind.NullableNumber when text == "null" => (object?)null,
            ScenarioValueKind.Boolean when bool.TryParse(text, out var flag) => flag,
            ScenarioValueKind.Text => text,
            ScenarioValueKind.TextList => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            _ => (object?)Invalid.Value,
        };
        if (parsed is Invalid)
        {
            problem = $"expected {Expected}, got '{text}'";
            return false;
        }
        value = parsed;
        return true;
    }

    /// <summary>What a value of this kind looks like, for messages.</summary>
    public string Expected => Kind switch
    {
        ScenarioValueKind.WholeNumber => "a whole number",
        ScenarioValueKind.Number => "a number",
        ScenarioValueKind.NullableNumber => "a number or null",
        ScenarioValueKind.Boolean => "true or false",
        ScenarioValueKind.Text => "a string",
        _ => "a list of strings",
    };

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => JsonText.TryGetString(element) is { } text ? $"the string \"{text}\"" : "a string that is not valid text",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "a list",
        _ => "an object",
    };

    private static bool HoldsInvalidText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => JsonText.TryGetString(element) is null,
        JsonValueKind.Array => element.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && JsonText.TryGetString(e) is null),
        _ => false,
    };

    private sealed class Invalid
    {
        public static readonly Invalid Value = new();
    }
}
