using System.Globalization;

namespace NetBalanceSim.Topologies.Formats;

/// <summary>
/// Reads a plain edge list: one link <c>u v [weight ...]</c> per line (two vertex names separated by spaces or tabs;
/// integers or any other text without white space, kept as labels), blank lines and comment lines starting with
/// <c>#</c> or <c>%</c> ignored. Further columns must be numbers (weights, as in a weighted edge list) and are ignored. A comment
/// <c># vertex ID LABEL</c> with a non-negative integer ID and a non-empty LABEL (written by
/// <see cref="EdgeListWriter"/>, escaped as <see cref="EdgeListLabel"/> says) restores a vertex's original label;
/// any other comment starting <c># vertex</c> is an ordinary comment.
/// </summary>
internal static class EdgeListReader
{
    private const string VertexComment = "# vertex ";

    public static TopologyReadResult Read(TextReader reader, LinkCollector collector)
    {
        var labels = new SortedDictionary<int, (string Label, int Line)>();
        int lineNumber = 0;
        var lines = new LineReader(reader, collector);
        while (lines.Next() is string line)
        {
            lineNumber++;
            var text = line.AsSpan().Trim();
            if (text.StartsWith(VertexComment, StringComparison.Ordinal))
            {
                ReadVertexComment(text[VertexComment.Length..].ToString(), lineNumber, labels, collector);
                continue;
            }
            if (text.IsEmpty || text[0] == '#' || text[0] == '%')
            {
                continue;
            }
            var tokens = text.ToString().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length < 2 || !IsName(tokens[0]) || !IsName(tokens[1]) || !tokens.Skip(2).All(IsWeight))
            {
                throw collector.Error(lineNumber, $"malformed line '{Shorten(text.ToString())}'; expected two vertex ids or names 'u v', optionally followed by numeric weights (ignored)");
            }
            collector.AddLink(tokens[0], tokens[1], lineNumber);
        }
        var result = collector.Build();
        return labels.Count == 0 ? result : ApplyLabels(result, labels, collector);
    }

    internal static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");

    private static bool IsUnprintable(char c) => c == '\uFFFD' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control
        or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.SpaceSeparator
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>
    /// A vertex id or name: no control, format (a byte-order mark, say), space or line separator character, no U+FFFD (a byte the file's encoding could not decode), not
    /// starting like a comment, and, if it is an integer (optional sign, ASCII digits), one that fits in 64 bits.
    /// </summary>
    private static bool IsName(string token)
    {
        if (token[0] is '#' or '%' || token.Any(IsUnprintable))
        {
            return false;
        }
        var digits = token.AsSpan(token[0] is '+' or '-' ? 1 : 0);
        bool integer = !digits.IsEmpty && !digits.ContainsAnyExceptInRange('0', '9');
        return !integer || long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
    }

    private static bool IsWeight(string token) => double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    /// <summary>Reads <c>ID LABEL</c> after <c># vertex </c>; text of any other shape leaves the line a plain comment.</summary>
    private static void ReadVertexComment(string rest, int line, SortedDictionary<int, (string, int)> labels, LinkCollector collector)
    {
        int space = rest.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || space == rest.Length - 1
            || !int.TryParse(rest.AsSpan(0, space), NumberStyles.None, CultureInfo.InvariantCulture, out int id))
        {
            return;
        }
        string label = EdgeListLabel.Unescape(rest[(space + 1)..], out string? problem)
            ?? throw collector.Error(line, $"malformed vertex label comment: {problem}");
        if (!labels.TryAdd(id, (label, line)))
        {
            throw collector.Error(line, $"vertex {id} is labelled twice (first on line {labels[id].Item2}); expected one '# vertex ID LABEL' per id");
        }
    }

    private static TopologyReadResult ApplyLabels(
        TopologyReadResult result,
        SortedDictionary<int, (string Label, int Line)> labels,
        LinkCollector collector)
    {
        var topology = result.Topology;
        if (topology.Labels is not null || labels.Count != topology.NodeCount || labels.Keys.Last() != topology.NodeCount - 1)
        {
            int line = labels.Values.First().Line;
            throw collector.Error(line, $"vertex label comments do not match the links; expected one '# vertex ID LABEL' for each id 0..{topology.NodeCount - 1}");
        }
        var withLabels = new Topology(topology.NodeCount, topology.Links.ToArray(), [.. labels.Values.Select(v => v.Label)]);
        return result with { Topology = withLabels };
    }
}
