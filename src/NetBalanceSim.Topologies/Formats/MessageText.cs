using System.Globalization;
using System.Text;

namespace NetBalanceSim.Topologies.Formats;

/// <summary>Keeps error and warning messages on one line whatever a file's labels and tokens contain.</summary>
internal static class MessageText
{
    /// <summary>
    /// <paramref name="text"/> with every control character and Unicode line or paragraph separator written as
    /// an escape: <c>\n</c>, <c>\r</c>, <c>\t</c>, else <c>\uXXXX</c>. Other text, backslashes included, is kept.
    /// </summary>
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }
        var result = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
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

    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
