using System.Globalization;
using System.Text;
using NetBalance;

namespace NetBalanceSim.Experiments.Formats;

/// <summary>
/// A load as a METIS graph file (for <c>gpmetis</c>), and a METIS partition file read back as a placement.
/// </summary>
/// <remarks>
/// Format (METIS manual; STACK.md pitfall 9): header <c>n m 011</c> (vertex and edge weights), then one line per
/// vertex: its weight, then each 1-based neighbour followed by the edge weight; every link is listed at both ends
/// with the same weight; weights are positive integers. Vertex weight = SuT CPU <c>cpu(v)</c>; edge weight = the
/// link's rate <c>f(u-&gt;w) + f(w-&gt;u)</c>. Both are scaled so that their totals are about
/// <see cref="WeightTotal"/> (METIS sums them in 32-bit integers), rounded, and raised to at least 1 (a link that
/// carries nothing, or an idle vnode, weighs 1). Part <c>k</c> of a partition becomes VM <c>k</c>.
/// </remarks>
public static class MetisGraph
{
    /// <summary>The total the vertex weights and the edge weights (counted at both ends) are scaled to.</summary>
    public const double WeightTotal = 1e9;

    /// <summary>Returns the METIS graph text of a load.</summary>
    /// <param name="load">The load.</param>
    /// <returns>The file's text, LF line ends.</returns>
    public static string Format(Load load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var graph = load.Graph;
        var cpu = load.CpuSecondsPerSecond;
        var rates = load.HalfEdgeRatesMbps;
        var vertexScale = Scale(load.TotalCpuSecondsPerSecond);
        var rateTotal = 0.0;
        foreach (var rate in rates)
        {
            rateTotal += rate;
        }

        // Each link's weight f(u->w) + f(w->u) is written at both ends, so the edge weights add up to 2 * rateTotal.
        var edgeScale = Scale(2 * rateTotal);
        var text = new StringBuilder();
        text.Append(Invariant($"{graph.VertexCount} {graph.LinkCount} 011\n"));
        var offsets = graph.Offsets;
        var neighbours = graph.Neighbours;
        for (var v = 0; v < graph.VertexCount; v++)
        {
            text.Append(Weight(cpu[v], vertexScale).ToString(CultureInfo.InvariantCulture));
            for (var h = offsets[v]; h < offsets[v + 1]; h++)
            {
                var weight = Weight(rates[h] + rates[graph.ReverseHalfEdge(h)], edgeScale);
                text.Append(' ').Append((neighbours[h] + 1).ToString(CultureInfo.InvariantCulture))
                    .Append(' ').Append(weight.ToString(CultureInfo.InvariantCulture));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Reads a METIS partition (<c>G.part.k</c>: one 0-based part per line, one line per vertex) as a placement.</summary>
    /// <param name="lines">The partition file's lines.</param>
    /// <param name="vnodeCount">The number of vertices.</param>
    /// <param name="parts">The number of parts asked for (the VM count).</param>
    /// <returns>The placement: vnode v on VM = its part.</returns>
    /// <exception cref="InvalidDataException">The file does not hold one part in 0..parts-1 for each vertex.</exception>
    public static Placement ReadPartition(IReadOnlyList<string> lines, int vnodeCount, int parts)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var content = lines.Where(l => l.Trim().Length > 0).ToArray();
        if (content.Length != vnodeCount)
        {
            throw new InvalidDataException(Invariant($"METIS partition: {content.Length} lines, expected {vnodeCount} (one per vertex)"));
        }

        var vms = new int[vnodeCount];
        for (var v = 0; v < vnodeCount; v++)
        {
            if (!int.TryParse(content[v].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out vms[v]) || vms[v] >= parts)
            {
                throw new InvalidDataException(Invariant($"METIS partition: line {v + 1} '{content[v]}' is not a part in 0..{parts - 1}"));
            }
        }

        return new Placement(vms);
    }

    private static double Scale(double total) => total > 0 ? WeightTotal / total : 1;

    private static long Weight(double value, double scale) => Math.Max(1L, (long)Math.Round(value * scale, MidpointRounding.AwayFromZero));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
