namespace NetBalanceSim.Topologies.Formats;

/// <summary>A topology read from a file, with the warnings raised while reading it.</summary>
/// <param name="Topology">The topology; its <see cref="Topology.Labels"/> keep the file's ids if they were renumbered.</param>
/// <param name="Warnings">One-line warnings (file:line: ...), e.g. for links dropped by lenient reading.</param>
public sealed record TopologyReadResult(Topology Topology, IReadOnlyList<string> Warnings);
