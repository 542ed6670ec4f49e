using System.Globalization;

namespace NetBalanceSim.Topologies.Formats;

/// <summary>
/// Reads GML (as the Internet Topology Zoo publishes): <c>graph [ node [ id 0 ... ] edge [ source 0 target 1 ... ] ]</c>.
/// Other keys and nested lists are skipped; <c>directed 1</c> makes an edge and its reverse one link. The text is
/// read as a stream of tokens and nested lists are skipped with a counter, not by recursion, so no input can
/// exhaust the stack; lists nested deeper than <see cref="TopologyFile.MaxNestingDepth"/> are an error.
/// </summary>
internal static class GmlReader
{
    public static TopologyReadResult Read(TextReader text, LinkCollector collector)
    {
        var tokens = new GmlTokenizer(text, collector);
        bool found = false;
        while (tokens.Peek().Kind != GmlTokenKind.End)
        {
            var key = tokens.Expect(GmlTokenKind.Key, "a key");
            if (key.Text == "graph" && tokens.Peek().Kind == GmlTokenKind.Open)
            {
                ReadGraph(tokens, collector);
                found = true;
            }
            else
            {
                SkipValue(tokens, 0, collector);
            }
        }
        return found ? collector.Build() : throw collector.Error(null, "no 'graph [ ... ]' found; expected a GML graph");
    }

    private static void ReadGraph(GmlTokenizer tokens, LinkCollector collector)
    {
        tokens.Take();
        bool directed = false;
        var edges = new List<(string Source, string Target, int Line)>();
        while (tokens.Peek().Kind != GmlTokenKind.Close)
        {
            var key = tokens.Expect(GmlTokenKind.Key, "a key or ']'");
            bool isList = tokens.Peek().Kind == GmlTokenKind.Open;
            switch (key.Text)
            {
                case "directed":
                    directed = tokens.Expect(GmlTokenKind.Number, "0 or 1 after 'directed'").Text == "1";
                    break;
                case "node" when isList:
                    var node = ReadRecord(tokens, collector);
                    collector.DeclareNode(Field(node, "id", key, collector), key.Line);
                    break;
                case "edge" when isList:
                    var edge = ReadRecord(tokens, collector);
                    edges.Add((Field(edge, "source", key, collector), Field(edge, "target", key, collector), key.Line));
                    break;
                default:
                    SkipValue(tokens, 1, collector);
                    break;
            }
        }
        tokens.Take();
        foreach (var (source, target, line) in edges)
        {
            foreach (var end in new[] { source, target })
            {
                if (!collector.IsDeclared(end))
                {
                    throw collector.Error(line, $"edge refers to node {EdgeListReader.Shorten(end)}, which is not declared; expected a 'node [ id {EdgeListReader.Shorten(end)} ]'");
                }
            }
            collector.AddLink(source, target, line, directed);
        }
    }

    /// <summary>Reads <c>[ key value ... ]</c> at depth 2, keeping the scalar fields and skipping nested lists.</summary>
    private static Dictionary<string, string> ReadRecord(GmlTokenizer tokens, LinkCollector collector)
    {
        tokens.Take();
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        while (tokens.Peek().Kind != GmlTokenKind.Close)
        {
            var key = tokens.Expect(GmlTokenKind.Key, "a key or ']'");
            if (tokens.Peek().Kind is GmlTokenKind.Number or GmlTokenKind.String)
            {
                fields.TryAdd(key.Text, tokens.Take().Text);
            }
            else
            {
                SkipValue(tokens, 2, collector);
            }
        }
        tokens.Take();
        return fields;
    }

    private static string Field(Dictionary<string, string> record, string name, GmlToken owner, LinkCollector collector) =>
        record.TryGetValue(name, out var value)
            ? value
            : throw collector.Error(owner.Line, $"'{owner.Text}' without '{name}'; expected '{owner.Text} [ {name} ... ]'");

    /// <summary>
    /// Skips one value (a number, a string or a whole list) found inside <paramref name="depth"/> open lists,
    /// counting the lists it enters instead of recursing into them.
    /// </summary>
    private static void SkipValue(GmlTokenizer tokens, int depth, LinkCollector collector)
    {
        if (tokens.Peek().Kind is GmlTokenKind.Number or GmlTokenKind.String)
        {
            tokens.Take();
            return;
        }
        int open = 0;
        do
        {
            if (open > 0 && tokens.Peek().Kind == GmlTokenKind.Close)
            {
                tokens.Take();
                open--;
                continue;
            }
            if (open > 0)
            {
                tokens.Expect(GmlTokenKind.Key, "a key or ']'");
                if (tokens.Peek().Kind is GmlTokenKind.Number or GmlTokenKind.String)
                {
                    tokens.Take();
                    continue;
                }
            }
            var bracket = tokens.Expect(GmlTokenKind.Open, "a value");
            open++;
            if (depth + open > TopologyFile.MaxNestingDepth)
            {
                throw collector.Error(bracket.Line, string.Create(
                    CultureInfo.InvariantCulture,
                    $"nesting deeper than {TopologyFile.MaxNestingDepth} levels of '['; expected lists nested at most {TopologyFile.MaxNestingDepth} deep"));
            }
        }
        while (open > 0);
    }
}
