using System.Globalization;
using System.Text;
using System.Xml;

namespace NetBalanceSim.Topologies.Formats;

/// <summary>
/// Writes a topology as undirected GraphML: the header lines in a <c>&lt;desc&gt;</c> element, one <c>&lt;node&gt;</c> per vertex
/// (its id is the vertex's label, so renumbered files keep their original ids) and one <c>&lt;edge&gt;</c> per link.
/// Culture-invariant, UTF-8 without byte-order mark, LF line ends.
/// </summary>
public static class GraphMlWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>The first vertex whose label holds a character XML 1.0 cannot represent (most control characters), or -1.</summary>
    /// <param name="topology">The topology.</param>
    /// <returns>A vertex id, or -1 when every label can be written.</returns>
    public static int FirstUnwritableLabel(Topology topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        if (topology.Labels is not { } labels)
        {
            return -1;
        }
        for (int v = 0; v < labels.Count; v++)
        {
            string label = labels[v];
            for (int i = 0; i < label.Length; i++)
            {
                if (XmlConvert.IsXmlChar(label[i]))
                {
                    continue;
                }
                if (i + 1 < label.Length && XmlConvert.IsXmlSurrogatePair(label[i + 1], label[i]))
                {
                    i++;
                    continue;
                }
                return v;
            }
        }
        return -1;
    }

    /// <summary>Writes <paramref name="topology"/> to <paramref name="stream"/>.</summary>
    /// <exception cref="ArgumentException">A label holds a character XML cannot represent (see <see cref="FirstUnwritableLabel"/>).</exception>
    /// <param name="stream">The destination.</param>
    /// <param name="topology">The topology.</param>
    /// <param name="header">Comment lines.</param>
    public static void Write(Stream stream, Topology topology, IEnumerable<string> header)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentNullException.ThrowIfNull(header);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var writer = XmlWriter.Create(stream, settings);
        writer.WriteStartDocument();
        writer.WriteStartElement("graphml", Namespace);
        var lines = header.ToList();
        if (lines.Count > 0)
        {
            writer.WriteElementString("desc", Namespace, string.Join('\n', lines));
        }
        writer.WriteStartElement("graph", Namespace);
        writer.WriteAttributeString("id", "G");
        writer.WriteAttributeString("edgedefault", "undirected");
        for (int v = 0; v < topology.NodeCount; v++)
        {
            writer.WriteStartElement("node", Namespace);
            writer.WriteAttributeString("id", topology.LabelOf(v));
            writer.WriteEndElement();
        }
        int e = 0;
        foreach (var link in topology.Links)
        {
            writer.WriteStartElement("edge", Namespace);
            writer.WriteAttributeString("id", "e" + e++.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("source", topology.LabelOf(link.U));
            writer.WriteAttributeString("target", topology.LabelOf(link.V));
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }
}
