namespace NetBalanceSim.Experiments.Scenarios;

/// <summary>
/// The one reading of <c>KEY=VALUE</c> texts: <c>--set</c>, <c>--where</c>, <c>--grid</c>, <c>compare</c>'s points,
/// statement conditions and sensitivity case names. Each caller words its own error.
/// </summary>
public static class KeyValueText
{
    /// <summary>Splits <paramref name="text"/> at its first <c>=</c> into a non-empty key and the rest (the value may be empty or hold more <c>=</c>).</summary>
    /// <param name="text">The text, e.g. <c>TpSeconds=8</c>.</param>
    /// <param name="key">The key, or empty when the text is not <c>KEY=VALUE</c>.</param>
    /// <param name="value">The value, or empty when the text is not <c>KEY=VALUE</c>.</param>
    /// <returns>Whether the text has a non-empty key before an <c>=</c>.</returns>
    public static bool TrySplit(string text, out string key, out string value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var split = text.IndexOf('=', StringComparison.Ordinal);
        key = split > 0 ? text[..split] : "";
        value = split > 0 ? text[(split + 1)..] : "";
        return split > 0;
    }
}
