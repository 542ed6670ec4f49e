
namespace NetBalanceSim.Topologies.Formats;

/// <summary>
/// Reads Pajek <c>.net</c>: <c>*Vertices n</c> declares vertices 1..n (vertex lines with labels and coordinates
/// are optional and checked only for their id), then <c>*Edges</c> / <c>*Arcs</c> lines <c>u v [weight]</c> or
/// <c>*Edgeslist</c> / <c>*Arcslist</c> lines <c>u v1 v2 ...</c>. Arcs are directed: an arc and its reverse are
/// one link. A leading <c>*Network name</c> line is allowed; lines starting with <c>%</c> are comments. Vertices are renumbered 1..n to 0..n-1.
/// </summary>
internal static class PajekReader
{
    private enum Section
    {
        None,
        Vertices,
        Links,
        LinkLists,
    }

    public static TopologyReadResult Read(TextReader reader, LinkCollector collector)
    {
        var section = Section.None;
        bool directed = false;
        int vertexCount = -1;
        int lineNumber = 0;
        var lines = new LineReader(reader, collector);
        while (lines.Next() is string raw)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '%')
            {
                continue;
            }
            if (line[0] == '*')
            {
                (section, directed) = ReadSectionHeader(line, lineNumber, collector, ref vertexCount);
                continue;
            }
            var tokens = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            switch (section)
            {
                case Section.Vertices:
                    Vertex(tokens[0], vertexCount, lineNumber, collector);
                    break;
                case Section.Links or Section.LinkLists:
                    ReadLinks(tokens, section, directed, vertexCount, lineNumber, collector);
                    break;
                default:
                    throw collector.Error(lineNumber, $"data before '*Vertices n'; expected a Pajek network file");
            }
        }
        return collector.Build();
    }

    private static (Section Section, bool Directed) ReadSectionHeader(string line, int lineNumber, LinkCollector collector, ref int vertexCount)
    {
        var tokens = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        string name = tokens[0].ToLowerInvariant();
        if (name == "*network")
        {
            return (Section.None, false);
        }
        if (name == "*vertices")
        {
            if (vertexCount >= 0 || tokens.Length < 2 || !Digits.TryParse(tokens[1], out long declared))
            {
                throw collector.Error(lineNumber, "malformed '*Vertices' line; expected one '*Vertices n' with a non-negative n");
            }
            collector.CheckDeclaredCount(declared, lineNumber, "'*Vertices'");
            vertexCount = (int)declared;
            collector.DeclareNumbered(vertexCount, lineNumber, "'*Vertices'");
            return (Section.Vertices, false);
        }
        if (vertexCount < 0)
        {
            throw collector.Error(lineNumber, $"'{tokens[0]}' before '*Vertices n'; expected '*Vertices n' first");
        }
        return name switch
        {
            "*edges" => (Section.Links, false),
            "*arcs" => (Section.Links, true),
            "*edgeslist" => (Section.LinkLists, false),
            "*arcslist" => (Section.LinkLists, true),
            _ => throw collector.Error(lineNumber, $"unsupported section '{EdgeListReader.Shorten(tokens[0])}'; expected *Vertices, *Edges, *Arcs, *Edgeslist or *Arcslist"),
        };
    }

    private static void ReadLinks(string[] tokens, Section section, bool directed, int vertexCount, int line, LinkCollector collector)
    {
        if (tokens.Length < 2)
        {
            throw collector.Error(line, $"malformed line '{EdgeListReader.Shorten(string.Join(' ', tokens))}'; expected 'u v' with vertex numbers 1..{vertexCount}");
        }
        string u = Vertex(tokens[0], vertexCount, line, collector);
        // In *Edges/*Arcs a third token is a weight; in the list sections every further token is a neighbour.
        int last = section == Section.Links ? 1 : tokens.Length - 1;
        for (int i = 1; i <= last; i++)
        {
            collector.AddLink(u, Vertex(tokens[i], vertexCount, line, collector), line, directed);
        }
    }

    private static string Vertex(string token, int vertexCount, int line, LinkCollector collector)
    {
        if (!Digits.TryParse(token, out int v) || v < 1 || v > vertexCount)
        {
            throw collector.Error(line, $"vertex '{EdgeListReader.Shorten(token)}' is not a number in 1..{vertexCount}; expected Pajek vertex numbers");
        }
        return token;
    }
}
