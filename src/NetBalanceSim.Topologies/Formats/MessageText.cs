using System.Globalization;
using System.Text;

namespace NetBalanceSim.Topologies.Formats;

/// <summary>Keeps error and warning messages on one line whatever a file's labels and tokens contain.</summary>
internal static class MessageText
{
    /// <summary>
    /// <paramref name="text"/> with every control character, Unicode line or paragraph separator and lone UTF-16
    /// surrogate written as an escape: <c>\n</c>, <c>\r</c>, <c>\t</c>, else <c>\uXXXX</c>. Other text, backslashes
    /// and well-formed surrogate pairs included, is kept.
    /// </summary>
    public static string Escape(string text)
    {
        if (!NeedsAnyEscape(text))
        {
            return text;
        }
        var result = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsPairAt(text, i))
            {
                result.Append(c).Append(text[++i]);
                continue;
            }
            _ = c switch
            {
                '\n' => result.Append("\\n"),
                '\r' => result.Append("\\r"),
                '\t' => result.Append("\\t"),
                _ when NeedsEscape(c) => result.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => result.Append(c),
            };
        }
        return result.ToString();
    }

    private static bool NeedsAnyEscape(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (IsPairAt(text, i))
            {
                i++;
            }
            else if (NeedsEscape(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsPairAt(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);

    /// <summary>True for a character that must not appear as itself; a surrogate here is a lone one.</summary>
    private static bool NeedsEscape(char c) => char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029';
}
