using System.Text.Json;

namespace NetBalanceSim.Experiments.Scenarios;

/// <summary>
/// Strings and key names read from scenario JSON without letting an escape that is not valid UTF-16 (a lone
/// surrogate such as <c>"\ud800"</c>, which <see cref="JsonElement.GetString"/> refuses with an exception) end the
/// program: such text is a <see cref="ScenarioException"/> naming the file and the key.
/// </summary>
internal static class JsonText
{
    /// <summary>What is wrong with text holding a lone surrogate, for messages.</summary>
    public const string LoneSurrogate = "holds a lone UTF-16 surrogate (an escape such as \\ud800 without its pair); expected valid text";

    /// <summary>The string value of <paramref name="element"/>, or null if it is not valid UTF-16.</summary>
    public static string? TryGetString(JsonElement element)
    {
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The name of <paramref name="property"/>; a name that is not valid UTF-16 is an error naming the enclosing key.</summary>
    /// <param name="source">The file.</param>
    /// <param name="where">The object holding the property (e.g. <c>sweep</c>), or null for the top level.</param>
    /// <param name="property">The property.</param>
    public static string Name(string source, string? where, JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            throw where is null
                ? new ScenarioException($"{source}: a key name {LoneSurrogate}")
                : ScenarioException.ForKey(source, where, $"a key name {LoneSurrogate}");
        }
    }

    /// <summary>True if <paramref name="text"/> is valid UTF-16 (every surrogate in a pair).</summary>
    public static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }
        return true;
    }
}
