using System.Globalization;
using System.Text;

namespace NetBalanceSim.Topologies.Formats;

/// <summary>The kinds of GML token.</summary>
internal enum GmlTokenKind
{
    Key,
    Number,
    String,
    Open,
    Close,
    End,
}

/// <summary>A GML token with the line it starts on.</summary>
internal readonly record struct GmlToken(GmlTokenKind Kind, string Text, int Line);

/// <summary>
/// Splits GML text into keys, numbers, strings and brackets as it is read (one token of look-ahead), skipping
/// white space and <c>#</c> comments; nothing but the current token is held in memory.
/// </summary>
internal sealed class GmlTokenizer(TextReader text, LinkCollector collector)
{
    private int line = 1;
    private int lastTokenLine = 1;
    private GmlToken? peeked;

    /// <summary>
    /// The next token without consuming it; at the end of the text an <see cref="GmlTokenKind.End"/> token on the
    /// line of the last token.
    /// </summary>
    public GmlToken Peek()
    {
        if (peeked is null)
        {
            var token = Next();
            lastTokenLine = token.Kind == GmlTokenKind.End ? lastTokenLine : token.Line;
            peeked = token with { Line = token.Kind == GmlTokenKind.End ? lastTokenLine : token.Line };
        }
        return peeked.Value;
    }

    /// <summary>Consumes and returns the next token.</summary>
    public GmlToken Take()
    {
        var token = Peek();
        peeked = null;
        return token;
    }

    /// <summary>Consumes the next token, which must be of <paramref name="kind"/>; otherwise an error naming <paramref name="expected"/>.</summary>
    public GmlToken Expect(GmlTokenKind kind, string expected)
    {
        var token = Peek();
        if (token.Kind == GmlTokenKind.End)
        {
            throw collector.Error(token.Line, $"unexpected end of file; expected {expected}");
        }
        if (token.Kind != kind)
        {
            throw collector.Error(token.Line, $"unexpected '{EdgeListReader.Shorten(token.Text)}'; expected {expected}");
        }
        return Take();
    }

    private GmlToken Next()
    {
        SkipBlankAndComments();
        int c = text.Peek();
        if (c < 0)
        {
            return new GmlToken(GmlTokenKind.End, string.Empty, line);
        }
        if (c is '[' or ']')
        {
            text.Read();
            return new GmlToken(c == '[' ? GmlTokenKind.Open : GmlTokenKind.Close, ((char)c).ToString(), line);
        }
        if (c == '"')
        {
            return ReadString();
        }
        var word = new StringBuilder();
        while (text.Peek() is int d and >= 0 && !char.IsWhiteSpace((char)d) && d is not ('[' or ']' or '"'))
        {
            word.Append((char)text.Read());
            CheckLength(word, line);
        }
        string value = word.ToString();
        var kind = char.IsAsciiLetter(value[0]) || value[0] == '_' ? GmlTokenKind.Key : GmlTokenKind.Number;
        if (kind == GmlTokenKind.Number && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            throw collector.Error(line, $"unexpected '{EdgeListReader.Shorten(value)}'; expected a key, a number, a string or a bracket");
        }
        return new GmlToken(kind, value, line);
    }

    private void CheckLength(StringBuilder token, int tokenLine)
    {
        if (token.Length > TopologyFile.MaxLineChars)
        {
            throw collector.Error(tokenLine, string.Create(
                CultureInfo.InvariantCulture,
                $"a token longer than {TopologyFile.MaxLineChars} characters; expected keys, numbers and strings of a sensible length"));
        }
    }

    private void SkipBlankAndComments()
    {
        while (text.Peek() is int c and >= 0)
        {
            if (c == '#')
            {
                while (text.Peek() is int d and >= 0 && d != '\n')
                {
                    text.Read();
                }
            }
            else if (char.IsWhiteSpace((char)c))
            {
                line += c == '\n' ? 1 : 0;
                text.Read();
            }
            else
            {
                return;
            }
        }
    }

    private GmlToken ReadString()
    {
        int startLine = line;
        var value = new StringBuilder();
        text.Read();
        while (text.Peek() is int c and >= 0 && c != '"')
        {
            line += c == '\n' ? 1 : 0;
            value.Append((char)text.Read());
            CheckLength(value, startLine);
        }
        if (text.Read() < 0)
        {
            throw collector.Error(startLine, "unterminated string; expected a closing '\"'");
        }
        return new GmlToken(GmlTokenKind.String, value.ToString(), startLine);
    }
}
