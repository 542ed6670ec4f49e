namespace NetBalanceSim.Topologies.Formats;

/// <summary>The topology file formats, recognised by file extension (see <see cref="TopologyFile.FormatOf"/>).</summary>
public enum TopologyFormat
{
    /// <summary>Plain edge list, <c>.edges</c> (also <c>.edgelist</c>, <c>.txt</c>): read and write.</summary>
    EdgeList,

    /// <summary>GraphML, <c>.graphml</c>: read and write.</summary>
    GraphMl,

    /// <summary>GML, <c>.gml</c> (Internet Topology Zoo): read only.</summary>
    Gml,

    /// <summary>Pajek network, <c>.net</c>: read only.</summary>
    Pajek,

    /// <summary>Matrix Market coordinate matrix, <c>.mtx</c>: read only.</summary>
    MatrixMarket,
}
