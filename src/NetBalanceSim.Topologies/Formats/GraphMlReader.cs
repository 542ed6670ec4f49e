using System.Globalization;
using System.Xml;

namespace NetBalanceSim.Topologies.Formats;

/// <summary>
/// Reads GraphML: every <c>&lt;node id&gt;</c> is a vertex and every <c>&lt;edge source target&gt;</c> a link;
/// data keys are ignored. With <c>edgedefault="directed"</c> an edge and its reverse are one link. The XML is read
/// as a stream (no recursion); elements nested deeper than <see cref="TopologyFile.MaxNestingDepth"/> are an error.
/// </summary>
internal static class GraphMlReader
{
    public static TopologyReadResult Read(TextReader text, LinkCollector collector)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(text, settings);
        var info = (IXmlLineInfo)reader;
        bool directed = false;
        bool sawGraph = false;
        var edges = new List<(string Source, string Target, int Line)>();
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }
                int line = info.LineNumber;
                if (reader.Depth >= TopologyFile.MaxNestingDepth)
                {
                    throw collector.Error(line, string.Create(
                        CultureInfo.InvariantCulture,
                        $"nesting deeper than {TopologyFile.MaxNestingDepth} levels of elements; expected elements nested at most {TopologyFile.MaxNestingDepth} deep"));
                }
                switch (reader.LocalName)
                {
                    case "graph":
                        sawGraph = true;
                        directed = reader.GetAttribute("edgedefault") == "directed";
                        break;
                    case "node":
                        collector.DeclareNode(Required(reader, "id", line, collector), line);
                        break;
                    case "edge":
                        edges.Add((Required(reader, "source", line, collector), Required(reader, "target", line, collector), line));
                        break;
                    default:
                        break;
                }
            }
        }
        catch (XmlException ex)
        {
            // XmlException reports line 0 when it knows no line (an empty file, a prohibited DTD): name none then.
            throw collector.Error(ex.LineNumber > 0 ? ex.LineNumber : null, $"malformed XML ({FirstSentence(ex.Message)}); expected a GraphML document");
        }
        if (!sawGraph)
        {
            throw collector.Error(null, "no <graph> element; expected a GraphML document");
        }
        foreach (var (source, target, line) in edges)
        {
            CheckDeclared(collector, source, line);
            CheckDeclared(collector, target, line);
            collector.AddLink(source, target, line, directed);
        }
        return collector.Build();
    }

    private static string Required(XmlReader reader, string attribute, int line, LinkCollector collector) =>
        reader.GetAttribute(attribute)
        ?? throw collector.Error(line, $"<{reader.LocalName}> without '{attribute}'; expected a '{attribute}' attribute");

    private static void CheckDeclared(LinkCollector collector, string label, int line)
    {
        if (!collector.IsDeclared(label))
        {
            throw collector.Error(line, $"edge refers to node '{EdgeListReader.Shorten(label)}', which is not declared; expected a <node id=\"{EdgeListReader.Shorten(label)}\"/>");
        }
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message.TrimEnd('.')).Replace('\n', ' ');
    }
}
