using System.Globalization;
using NetBalanceSim.Topologies.Statistics;

namespace NetBalanceSim.Topologies.Formats;

/// <summary>
/// Collects the vertices and links a reader finds, checks them with file and line, and renumbers the vertex
/// labels stably: if every label is an integer, by ascending value (so 1..n becomes 0..n-1); otherwise in the
/// order the labels first appear. The original labels are kept unless they already are 0..n-1.
/// </summary>
internal sealed class LinkCollector(string path, TopologyReadOptions options)
{
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly List<string> labels = [];
    private readonly List<long?> numbers = [];
    private readonly List<int> firstLines = [];
    private readonly List<(int A, int B, int Line)> links = [];
    // Keyed by a pair of ids packed in a long, whose own hash (high ^ low half) gives a chain's links (i, i+1)
    // only a few dozen distinct hashes: reading a long path was quadratic. The comparer mixes all 64 bits.
    private readonly Dictionary<long, int> linkLines = new(PairComparer.Instance);
    private readonly HashSet<long> arcs = new(PairComparer.Instance);
    private readonly List<string> warnings = [];
    private int numberedCount;
    private int numberedLine;
    private string numberedWhat = string.Empty;

    public string Path => path;

    public int NodeCount => labels.Count;

    /// <summary>Whether a disconnected graph is an error (never when only the largest component is kept).</summary>
    public bool RequireConnected => options.RequireConnected && !options.KeepLargestComponent;

    /// <summary>Turns an integer-looking label into its canonical form, so "007" and "7" name one vertex.</summary>
    public static string Canonical(string label) =>
        long.TryParse(label, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value)
            ? value.ToString(CultureInfo.InvariantCulture)
            : label;

    public TopologyFormatException Error(int? line, string problem) => new(path, line, problem);

    /// <summary>An error for a graph that is, or cannot but be, disconnected.</summary>
    public TopologyFormatException Disconnected(int? line, string problem) => new(path, line, problem) { IsDisconnected = true };

    public bool IsDeclared(string label) => index.ContainsKey(Canonical(label));

    /// <summary>Declares a vertex; declaring one twice is an error.</summary>
    public void DeclareNode(string label, int line)
    {
        string key = Canonical(label);
        if (index.TryGetValue(key, out int existing))
        {
            throw Error(line, $"vertex '{EdgeListReader.Shorten(label)}' is declared twice (first on line {firstLines[existing]}); expected unique vertex ids");
        }
        Add(key, line);
    }

    /// <summary>
    /// Checks a vertex count a file's header declares (Pajek <c>*Vertices n</c>, a Matrix Market size line)
    /// against <see cref="Topology.MaxNodeCount"/>; the error names <paramref name="what"/> and the line.
    /// </summary>
    public void CheckDeclaredCount(long count, int line, string what)
    {
        if (count > Topology.MaxNodeCount)
        {
            throw Error(line, string.Create(
                CultureInfo.InvariantCulture,
                $"{what} declares {count} vertices; expected at most {Topology.MaxNodeCount} (the simulator's limit)"));
        }
    }

    /// <summary>
    /// Declares the vertices 1..<paramref name="count"/> lazily: <see cref="Build"/> adds those no link named,
    /// after checking that a connected graph is possible, so a huge header costs nothing before that check.
    /// </summary>
    public void DeclareNumbered(int count, int line, string what)
    {
        CheckDeclaredCount(count, line, what);
        numberedCount = count;
        numberedLine = line;
        numberedWhat = what;
    }

    /// <summary>Adds a link. For directed formats an arc whose reverse was read is the same undirected link.</summary>
    public void AddLink(string a, string b, int line, bool directed = false)
    {
        int u = Intern(Canonical(a), line);
        int v = Intern(Canonical(b), line);
        if (u == v)
        {
            Reject(line, $"self-loop at vertex '{EdgeListReader.Shorten(a)}'", "links between two different vertices");
            return;
        }
        long key = Key(Math.Min(u, v), Math.Max(u, v));
        bool newArc = !directed || arcs.Add(((long)u << 32) | (uint)v);
        if (linkLines.TryGetValue(key, out int firstLine))
        {
            if (newArc && directed)
            {
                return;
            }
            Reject(line, $"duplicate link {EdgeListReader.Shorten(a)}-{EdgeListReader.Shorten(b)} (first on line {firstLine})", "each link once");
            return;
        }
        linkLines.Add(key, line);
        links.Add((u, v, line));
    }

    public TopologyReadResult Build()
    {
        if (numberedCount > 0)
        {
            DeclareRemainingNumbered();
        }
        if (labels.Count == 0)
        {
            throw Error(null, "no vertices found; expected at least one link");
        }
        if (labels.Count == 1)
        {
            throw Error(firstLines[0], $"only one vertex, '{EdgeListReader.Shorten(labels[0])}', and no link; expected at least 2 vertices joined by links");
        }
        int[] order = FinalOrder();
        var newId = new int[order.Length];
        for (int i = 0; i < order.Length; i++)
        {
            newId[order[i]] = i;
        }
        var finalLabels = order.Select(i => labels[i]).ToArray();
        bool identity = finalLabels.Select((label, i) => label == i.ToString(CultureInfo.InvariantCulture)).All(x => x);
        var topology = new Topology(
            order.Length,
            links.Select(l => Link.Between(newId[l.A], newId[l.B])),
            identity ? null : finalLabels);
        if (options.KeepLargestComponent)
        {
            return KeepLargest(topology);
        }
        if (RequireConnected)
        {
            CheckConnected(topology, order);
        }
        return new TopologyReadResult(topology, warnings);
    }

    private TopologyReadResult KeepLargest(Topology topology)
    {
        var largest = LargestComponent.Of(topology);
        if (largest.DroppedVertices > 0)
        {
            warnings.Add(MessageText.Escape(string.Create(
                CultureInfo.InvariantCulture,
                $"{path}: warning: kept the largest connected component ({largest.Topology.NodeCount} vertices, {largest.Topology.LinkCount} links) of {largest.Components}; dropped {largest.DroppedVertices} vertices and {largest.DroppedLinks} links")));
        }
        return new TopologyReadResult(largest.Topology, warnings);
    }

    private void DeclareRemainingNumbered()
    {
        // Readers check that every link end lies in 1..numberedCount, so the graph has exactly numberedCount vertices.
        if (RequireConnected && numberedCount - 1 > links.Count)
        {
            throw Disconnected(numberedLine, string.Create(
                CultureInfo.InvariantCulture,
                $"{numberedCount} vertices but only {links.Count} links, so the graph is not connected; expected a connected graph (at least {numberedCount - 1} links)"));
        }
        int unlinked = numberedCount - labels.Count;
        if (unlinked > TopologyFile.MaxUnlinkedVertices)
        {
            throw Error(numberedLine, string.Create(
                CultureInfo.InvariantCulture,
                $"{numberedWhat} declares {numberedCount} vertices but the links name only {labels.Count}; expected at most {TopologyFile.MaxUnlinkedVertices} declared vertices that no link names"));
        }
        for (int v = 1; v <= numberedCount; v++)
        {
            string key = v.ToString(CultureInfo.InvariantCulture);
            if (!index.ContainsKey(key))
            {
                Add(key, numberedLine);
            }
        }
    }

    private void CheckConnected(Topology topology, int[] order)
    {
        var component = TopologyStatisticsCalculator.ComponentLabels(topology);
        int components = component.Max() + 1;
        if (components == 1)
        {
            return;
        }
        int stray = Array.FindIndex(component, c => c == 1);
        throw Disconnected(
            firstLines[order[stray]],
            $"vertex '{EdgeListReader.Shorten(topology.LabelOf(stray))}' is not connected to vertex '{EdgeListReader.Shorten(topology.LabelOf(0))}' " +
            $"(the graph has {components} connected components); expected a connected graph");
    }

    private int[] FinalOrder()
    {
        var order = Enumerable.Range(0, labels.Count).ToArray();
        if (numbers.All(n => n.HasValue))
        {
            var keys = numbers.Select(n => n!.Value).ToArray();
            Array.Sort(keys, order);
        }
        return order;
    }

    private void Reject(int line, string found, string expected)
    {
        if (!options.DropInvalidLinks)
        {
            throw new TopologyFormatException(path, line, $"{found}; expected {expected}") { IsDroppableLink = true };
        }
        warnings.Add(MessageText.Escape(string.Create(CultureInfo.InvariantCulture, $"{path}:{line}: warning: {found} dropped")));
    }

    private int Intern(string key, int line) => index.TryGetValue(key, out int existing) ? existing : Add(key, line);

    private int Add(string key, int line)
    {
        int id = labels.Count;
        if (id == Topology.MaxNodeCount)
        {
            throw Error(line, string.Create(
                CultureInfo.InvariantCulture,
                $"vertex '{EdgeListReader.Shorten(key)}' is vertex number {id + 1}; expected at most {Topology.MaxNodeCount} vertices (the simulator's limit)"));
        }
        index.Add(key, id);
        labels.Add(key);
        numbers.Add(long.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value) ? value : null);
        firstLines.Add(line);
        return id;
    }

    private static long Key(int a, int b) => ((long)a << 32) | (uint)b;

    /// <summary>Equality of packed pairs with a hash that depends on every bit (Fibonacci hashing, top 32 bits).</summary>
    private sealed class PairComparer : IEqualityComparer<long>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long obj) => (int)(((ulong)obj * 0x9E3779B97F4A7C15UL) >> 32);
    }
}
