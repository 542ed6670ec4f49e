namespace NetBalance;

/// <summary>The traffic that crosses each physical node's NIC, per direction, in Mbit/s.</summary>
/// <param name="OutMbps">Traffic leaving each physical node (index = node).</param>
/// <param name="InMbps">Traffic entering each physical node (index = node).</param>
/// <remarks>DESIGN §3 "Testbed cost model", optional NIC term: out_p and in_p.</remarks>
public sealed record NicTraffic(IReadOnlyList<double> OutMbps, IReadOnlyList<double> InMbps);
