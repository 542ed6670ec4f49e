using System.Text;

namespace NetBalanceSim.Topologies.Formats;

/// <summary>
/// Reads GML (as the Internet Topology Zoo publishes): <c>graph [ node [ id 0 ... ] edge [ source 0 target 1 ... ] ]</c>.
/// Other keys and nested lists are skipped; <c>directed 1</c> makes an edge and its reverse one link.
/// </summary>
internal static class GmlReader
{
    public static TopologyReadResult Read(TextReader text, LinkCollector collector)
    {
        var tokens = new Tokenizer(text.ReadToEnd(), collector).All();
        int position = 0;
        bool found = false;
        while (position < tokens.Count)
        {
            var key = Expect(tokens, ref position, TokenKind.Key, "a key", collector);
            if (key.Text == "graph" && Peek(tokens, position) == TokenKind.Open)
            {
                ReadGraph(tokens, ref position, collector);
                found = true;
            }
            else
            {
                SkipValue(tokens, ref position, collector);
            }
        }
        return found ? collector.Build() : throw collector.Error(null, "no 'graph [ ... ]' found; expected a GML graph");
    }

    private static void ReadGraph(List<Token> tokens, ref int position, LinkCollector collector)
    {
        position++;
        bool directed = false;
        var edges = new List<(string Source, string Target, int Line)>();
        while (Peek(tokens, position) != TokenKind.Close)
        {
            var key = Expect(tokens, ref position, TokenKind.Key, "a key or ']'", collector);
            switch (key.Text)
            {
                case "directed":
                    directed = Expect(tokens, ref position, TokenKind.Number, "0 or 1 after 'directed'", collector).Text == "1";
                    break;
                case "node" when Peek(tokens, position) == TokenKind.Open:
                    var node = ReadRecord(tokens, ref position, collector);
                    collector.DeclareNode(Field(node, "id", key, collector), key.Line);
                    break;
                case "edge" when Peek(tokens, position) == TokenKind.Open:
                    var edge = ReadRecord(tokens, ref position, collector);
                    edges.Add((Field(edge, "source", key, collector), Field(edge, "target", key, collector), key.Line));
                    break;
                default:
                    SkipValue(tokens, ref position, collector);
                    break;
            }
        }
        position++;
        foreach (var (source, target, line) in edges)
        {
            foreach (var end in new[] { source, target })
            {
                if (!collector.IsDeclared(end))
                {
                    throw collector.Error(line, $"edge refers to node {end}, which is not declared; expected a 'node [ id {end} ]'");
                }
            }
            collector.AddLink(source, target, line, directed);
        }
    }

    /// <summary>Reads <c>[ key value ... ]</c>, keeping the scalar fields and skipping nested lists.</summary>
    private static Dictionary<string, string> ReadRecord(List<Token> tokens, ref int position, LinkCollector collector)
    {
        position++;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        while (Peek(tokens, position) != TokenKind.Close)
        {
            var key = Expect(tokens, ref position, TokenKind.Key, "a key or ']'", collector);
            if (Peek(tokens, position) is TokenKind.Number or TokenKind.String)
            {
                fields.TryAdd(key.Text, tokens[position++].Text);
            }
            else
            {
                SkipValue(tokens, ref position, collector);
            }
        }
        position++;
        return fields;
    }

    private static string Field(Dictionary<string, string> record, string name, Token owner, LinkCollector collector) =>
        record.TryGetValue(name, out var value)
            ? value
            : throw collector.Error(owner.Line, $"'{owner.Text}' without '{name}'; expected '{owner.Text} [ {name} ... ]'");

    private static void SkipValue(List<Token> tokens, ref int position, LinkCollector collector)
    {
        var kind = Peek(tokens, position);
        if (kind is TokenKind.Number or TokenKind.String)
        {
            position++;
            return;
        }
        Expect(tokens, ref position, TokenKind.Open, "a value", collector);
        while (Peek(tokens, position) != TokenKind.Close)
        {
            Expect(tokens, ref position, TokenKind.Key, "a key or ']'", collector);
            SkipValue(tokens, ref position, collector);
        }
        position++;
    }

    private static TokenKind Peek(List<Token> tokens, int position) =>
        position < tokens.Count ? tokens[position].Kind : TokenKind.End;

    private static Token Expect(List<Token> tokens, ref int position, TokenKind kind, string expected, LinkCollector collector)
    {
        if (position >= tokens.Count)
        {
            int line = tokens.Count > 0 ? tokens[^1].Line : 1;
            throw collector.Error(line, $"unexpected end of file; expected {expected}");
        }
        var token = tokens[position];
        if (token.Kind != kind)
        {
            throw collector.Error(token.Line, $"unexpected '{EdgeListReader.Shorten(token.Text)}'; expected {expected}");
        }
        position++;
        return token;
    }

    private enum TokenKind
    {
        Key,
        Number,
        String,
        Open,
        Close,
        End,
    }

    private readonly record struct Token(TokenKind Kind, string Text, int Line);

    private sealed class Tokenizer(string text, LinkCollector collector)
    {
        private int position;
        private int line = 1;

        public List<Token> All()
        {
            var tokens = new List<Token>();
            while (SkipBlankAndComments())
            {
                tokens.Add(Next());
            }
            return tokens;
        }

        private bool SkipBlankAndComments()
        {
            while (position < text.Length)
            {
                char c = text[position];
                if (c == '#')
                {
                    while (position < text.Length && text[position] != '\n')
                    {
                        position++;
                    }
                }
                else if (char.IsWhiteSpace(c))
                {
                    line += c == '\n' ? 1 : 0;
                    position++;
                }
                else
                {
                    return true;
                }
            }
            return false;
        }

        private Token Next()
        {
            char c = text[position];
            int start = position;
            if (c is '[' or ']')
            {
                position++;
                return new Token(c == '[' ? TokenKind.Open : TokenKind.Close, c.ToString(), line);
            }
            if (c == '"')
            {
                return ReadString();
            }
            while (position < text.Length && !char.IsWhiteSpace(text[position]) && text[position] is not ('[' or ']' or '"'))
            {
                position++;
            }
            string word = text[start..position];
            var kind = char.IsAsciiLetter(word[0]) || word[0] == '_' ? TokenKind.Key : TokenKind.Number;
            if (kind == TokenKind.Number && !double.TryParse(word, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                throw collector.Error(line, $"unexpected '{EdgeListReader.Shorten(word)}'; expected a key, a number, a string or a bracket");
            }
            return new Token(kind, word, line);
        }

        private Token ReadString()
        {
            int startLine = line;
            var value = new StringBuilder();
            position++;
            while (position < text.Length && text[position] != '"')
            {
                line += text[position] == '\n' ? 1 : 0;
                value.Append(text[position++]);
            }
            if (position >= text.Length)
            {
                throw collector.Error(startLine, "unterminated string; expected a closing '\"'");
            }
            position++;
            return new Token(TokenKind.String, value.ToString(), startLine);
        }
    }
}
