namespace NetBalance;

/// <summary>
/// A load of the virtual topology for one virtual second: every vnode's SuT CPU and every
/// directed link's rate. Immutable.
/// </summary>
/// <remarks>
/// DESIGN §3 "Topology and workload" and "Testbed cost model". CPU is in CPU-seconds per virtual
/// second; rates are in Mbit/s of virtual time, one per half-edge of <see cref="Graph"/>
/// (half-edge h in the row of u is the rate f(u -&gt; Neighbours[h])).
/// </remarks>
public sealed class Load
{
    /// <summary>Creates a load (values are copied).</summary>
    /// <param name="graph">The vnode graph.</param>
    /// <param name="cpuSecondsPerSecond">Every vnode's SuT CPU, cpu(v), in CPU-seconds per virtual second.</param>
    /// <param name="halfEdgeRatesMbps">Every half-edge's rate in Mbit/s, indexed like <see cref="VnodeGraph.Neighbours"/>.</param>
    /// <exception cref="ArgumentException">A length does not match the graph, or a value is negative or not finite.</exception>
    public Load(VnodeGraph graph, IReadOnlyList<double> cpuSecondsPerSecond, IReadOnlyList<double> halfEdgeRatesMbps)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(cpuSecondsPerSecond);
        ArgumentNullException.ThrowIfNull(halfEdgeRatesMbps);
        Graph = graph;
        Cpu = CheckedCopy(cpuSecondsPerSecond, graph.VertexCount, nameof(cpuSecondsPerSecond));
        Rates = CheckedCopy(halfEdgeRatesMbps, graph.HalfEdgeCount, nameof(halfEdgeRatesMbps));
    }

    /// <summary>Gets the vnode graph this load is defined on.</summary>
    public VnodeGraph Graph { get; }

    /// <summary>Gets the number of vnodes.</summary>
    public int VnodeCount => Cpu.Length;

    /// <summary>Gets every vnode's SuT CPU in CPU-seconds per virtual second.</summary>
    public ReadOnlySpan<double> CpuSecondsPerSecond => Cpu;

    /// <summary>Gets every half-edge's rate in Mbit/s.</summary>
    public ReadOnlySpan<double> HalfEdgeRatesMbps => Rates;

    /// <summary>Gets the sum of all vnodes' SuT CPU, in CPU-seconds per virtual second.</summary>
    public double TotalCpuSecondsPerSecond => Cpu.Sum();

    internal double[] Cpu { get; }

    internal double[] Rates { get; }

    /// <summary>Returns the rate of the directed link <c>from -&gt; to</c>.</summary>
    /// <param name="from">The sending vnode.</param>
    /// <param name="to">The receiving vnode.</param>
    /// <returns>The rate in Mbit/s.</returns>
    /// <exception cref="ArgumentException">The vnodes are not linked.</exception>
    public double RateMbps(int from, int to)
    {
        var h = Graph.FindHalfEdge(from, to);
        return h >= 0 ? Rates[h] : throw new ArgumentException($"Vnodes {from} and {to} are not linked.", nameof(to));
    }

    /// <summary>
    /// Builds a load from traffic: <c>cpu(v) = cpuIdle + kFwd * (in(v) + out(v))</c>, with the rates
    /// converted from Mbit/s to Gbit/s.
    /// </summary>
    /// <param name="graph">The vnode graph.</param>
    /// <param name="options">The cost constants (<c>cpuIdle</c>, <c>kFwd</c>).</param>
    /// <param name="inMbps">Every vnode's incoming traffic in(v) in Mbit/s.</param>
    /// <param name="outMbps">Every vnode's outgoing traffic out(v) in Mbit/s, its own stream included.</param>
    /// <param name="linkRates">The directed link rates; links not listed carry 0, a link listed twice adds up.</param>
    /// <returns>The load.</returns>
    /// <exception cref="ArgumentException">A length does not match, a link is not in the graph, or a value is invalid.</exception>
    /// <remarks>DESIGN §3 "Testbed cost model": SuT CPU of vnode v.</remarks>
    public static Load FromTraffic(
        VnodeGraph graph,
        TestbedCostOptions options,
        IReadOnlyList<double> inMbps,
        IReadOnlyList<double> outMbps,
        IEnumerable<DirectedLinkRate> linkRates)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(inMbps);
        ArgumentNullException.ThrowIfNull(outMbps);
        ArgumentNullException.ThrowIfNull(linkRates);
        var n = graph.VertexCount;
        var inputs = CheckedCopy(inMbps, n, nameof(inMbps));
        var outputs = CheckedCopy(outMbps, n, nameof(outMbps));
        var cpu = new double[n];
        for (var v = 0; v < n; v++)
        {
            cpu[v] = options.CpuIdleCpuSecondsPerSecond + (options.KFwdCpuSecondsPerGbit * (inputs[v] + outputs[v]) / 1000.0);
        }

        var rates = new double[graph.HalfEdgeCount];
        foreach (var link in linkRates)
        {
            var h = CheckedHalfEdge(graph, link);
            rates[h] += link.RateMbps;
        }

        return new Load(graph, cpu, rates);
    }

    /// <summary>
    /// Builds a load from the directed link rates alone: <c>in(v)</c> and <c>out(v)</c> are the sums of
    /// v's incoming and outgoing link rates (a source's own stream leaves on its outgoing link), then
    /// <c>cpu(v) = cpuIdle + kFwd * (in(v) + out(v))</c> as in <see cref="FromTraffic"/>.
    /// </summary>
    /// <param name="graph">The vnode graph.</param>
    /// <param name="options">The cost constants (<c>cpuIdle</c>, <c>kFwd</c>).</param>
    /// <param name="linkRates">The directed link rates in Mbit/s; links not listed carry 0.</param>
    /// <returns>The load.</returns>
    /// <exception cref="ArgumentException">A link is not in the graph or a rate is invalid.</exception>
    /// <remarks>DESIGN §3 "Topology and workload": f(u-&gt;w), in(v), out(v).</remarks>
    public static Load FromLinkRates(VnodeGraph graph, TestbedCostOptions options, IEnumerable<DirectedLinkRate> linkRates)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(linkRates);
        var links = linkRates.ToList();
        var inMbps = new double[graph.VertexCount];
        var outMbps = new double[graph.VertexCount];
        foreach (var link in links)
        {
            CheckedHalfEdge(graph, link);
            outMbps[link.From] += link.RateMbps;
            inMbps[link.To] += link.RateMbps;
        }

        return FromTraffic(graph, options, inMbps, outMbps, links);
    }

    private static int CheckedHalfEdge(VnodeGraph graph, DirectedLinkRate link)
    {
        var inRange = (uint)link.From < (uint)graph.VertexCount && (uint)link.To < (uint)graph.VertexCount;
        var h = inRange ? graph.FindHalfEdge(link.From, link.To) : -1;
        return h >= 0 ? h : throw new ArgumentException($"Link {link.From}->{link.To} is not in the graph.", nameof(link));
    }

    private static double[] CheckedCopy(IReadOnlyList<double> values, int expected, string name)
    {
        if (values.Count != expected)
        {
            throw new ArgumentException($"Expected {expected} values, got {values.Count}.", name);
        }

        var copy = values.ToArray();
        foreach (var value in copy)
        {
            if (!double.IsFinite(value) || value < 0)
            {
                throw new ArgumentException($"Every value must be finite and non-negative; got {value}.", name);
            }
        }

        return copy;
    }
}
