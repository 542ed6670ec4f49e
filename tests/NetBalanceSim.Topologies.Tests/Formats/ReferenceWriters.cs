using System.Globalization;
using System.Text;

namespace NetBalanceSim.Topologies.Tests.Formats;

/// <summary>
/// Minimal writers for the read-only formats (GML, Pajek, Matrix Market), written from each format's published
/// description, so that every reader can be round-tripped in tests.
/// </summary>
internal static class ReferenceWriters
{
    public static string Gml(Topology topology)
    {
        var text = new StringBuilder("graph [\n  directed 0\n");
        for (int v = 0; v < topology.NodeCount; v++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  node [\n    id {v}\n    label \"{topology.LabelOf(v)}\"\n  ]\n");
        }
        foreach (var link in topology.Links)
        {
            text.Append(CultureInfo.InvariantCulture, $"  edge [\n    source {link.U}\n    target {link.V}\n  ]\n");
        }
        return text.Append("]\n").ToString();
    }

    public static string Pajek(Topology topology)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"*Vertices {topology.NodeCount}\n");
        for (int v = 0; v < topology.NodeCount; v++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{v + 1} \"v{v}\" 0.5 0.5\n");
        }
        text.Append("*Edges\n");
        foreach (var link in topology.Links)
        {
            text.Append(CultureInfo.InvariantCulture, $"{link.U + 1} {link.V + 1} 1\n");
        }
        return text.ToString();
    }

    public static string MatrixMarket(Topology topology, bool general)
    {
        int entries = topology.LinkCount * (general ? 2 : 1);
        var text = new StringBuilder($"%%MatrixMarket matrix coordinate pattern {(general ? "general" : "symmetric")}\n% test\n")
            .Append(CultureInfo.InvariantCulture, $"{topology.NodeCount} {topology.NodeCount} {entries}\n");
        foreach (var link in topology.Links)
        {
            text.Append(CultureInfo.InvariantCulture, $"{link.V + 1} {link.U + 1}\n");
            if (general)
            {
                text.Append(CultureInfo.InvariantCulture, $"{link.U + 1} {link.V + 1}\n");
            }
        }
        return text.ToString();
    }
}
