using System.Globalization;

namespace NetBalanceSim.Topologies.Formats;

/// <summary>
/// Writes a topology as a plain edge list: the header lines as <c># </c> comments, one <c># vertex ID LABEL</c>
/// comment per vertex if the topology has original labels (escaped by <see cref="EdgeListLabel"/>), then one <c>u v</c> line per link in
/// <see cref="Topology.Links"/> order. Culture-invariant, LF line ends.
/// </summary>
public static class EdgeListWriter
{
    /// <summary>Writes <paramref name="topology"/> to <paramref name="writer"/>.</summary>
    /// <param name="writer">The destination; its NewLine is not used (lines end with LF).</param>
    /// <param name="topology">The topology.</param>
    /// <param name="header">Comment lines, without the leading <c>#</c>.</param>
    public static void Write(TextWriter writer, Topology topology, IEnumerable<string> header)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentNullException.ThrowIfNull(header);
        foreach (var line in header)
        {
            writer.Write($"# {line}\n");
        }
        if (topology.Labels is { } labels)
        {
            for (int v = 0; v < labels.Count; v++)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"# vertex {v} {EdgeListLabel.Escape(labels[v])}\n"));
            }
        }
        foreach (var link in topology.Links)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{link.U} {link.V}\n"));
        }
    }
}
