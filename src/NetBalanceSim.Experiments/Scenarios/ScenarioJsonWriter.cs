using System.Text.Json;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Experiments.Scenarios;

/// <summary>Writes scenario values and the cases of a <c>setup</c> sweep as JSON, as scenario files hold them.</summary>
internal static class ScenarioJsonWriter
{
    /// <summary>Writes one key's value (null, string, bool, whole number, number or list of strings).</summary>
    /// <param name="json">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="key">The key (named if the value has a type no key has).</param>
    public static void WriteValue(Utf8JsonWriter json, object? value, string key)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string text: json.WriteStringValue(text); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            case long integer: json.WriteNumberValue(integer); break;
            case int integer: json.WriteNumberValue(integer); break;
            case double number: json.WriteNumberValue(number); break;
            case string[] list: JsonSerializer.Serialize(json, list); break;
            default: throw new InvalidOperationException($"Key {key} has a value of an unexpected type.");
        }
    }

    /// <summary>Writes the cases of a <c>setup</c> axis as one object: each case's name with the keys it sets.</summary>
    /// <param name="json">The writer, positioned where the object's value goes.</param>
    /// <param name="cases">The cases.</param>
    public static void WriteSetupCases(Utf8JsonWriter json, IEnumerable<SetupCase> cases)
    {
        json.WriteStartObject();
        foreach (var setup in cases)
        {
            json.WriteStartObject(setup.Name);
            foreach (var (key, value) in setup.Values)
            {
                json.WritePropertyName(key);
                WriteValue(json, value, key);
            }
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }
}
