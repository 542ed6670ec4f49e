using System.Globalization;
using System.Text;

namespace NetBalanceSim.Topologies.Formats;

/// <summary>
/// The escaping of a label in an edge list's <c># vertex ID LABEL</c> comment, so that any label survives a
/// write and a read. A backslash is written <c>\\</c>, a line feed <c>\n</c>, a carriage return <c>\r</c>, a tab
/// <c>\t</c> and any other control character or Unicode line/paragraph separator <c>\uXXXX</c>. A label that is
/// empty, starts or ends with white space, or starts with <c>"</c> is then written between double quotes (the
/// reader trims lines and strips one pair of quotes).
/// </summary>
internal static class EdgeListLabel
{
    public static string Escape(string label)
    {
        var text = new StringBuilder(label.Length + 2);
        foreach (char c in label)
        {
            _ = c switch
            {
                '\\' => text.Append("\\\\"),
                '\n' => text.Append("\\n"),
                '\r' => text.Append("\\r"),
                '\t' => text.Append("\\t"),
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => text.Append(c),
            };
        }
        bool quote = text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text[0] == '"';
        return quote ? $"\"{text}\"" : text.ToString();
    }

    /// <summary>Reverses <see cref="Escape"/>; null with a reason when <paramref name="text"/> is not a valid escaped label.</summary>
    public static string? Unescape(string text, out string? problem)
    {
        problem = null;
        if (text.StartsWith('"'))
        {
            if (text.Length < 2 || !text.EndsWith('"'))
            {
                problem = "a label starting with '\"' must end with '\"'";
                return null;
            }
            text = text[1..^1];
        }
        var label = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\')
            {
                label.Append(text[i]);
                continue;
            }
            char next = i + 1 < text.Length ? text[i + 1] : '\0';
            i++;
            switch (next)
            {
                case '\\': label.Append('\\'); break;
                case 'n': label.Append('\n'); break;
                case 'r': label.Append('\r'); break;
                case 't': label.Append('\t'); break;
                case 'u' when i + 4 < text.Length
                    && int.TryParse(text.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code):
                    label.Append((char)code);
                    i += 4;
                    break;
                default:
                    string found = i < text.Length ? text.Substring(i - 1, 2) : "\\ at the end";
                    problem = $"malformed escape '{found}' in the label; expected \\\\, \\n, \\r, \\t or \\uXXXX";
                    return null;
            }
        }
        return label.ToString();
    }
}
