namespace NetBalance.Tests.Support;

/// <summary>
/// Two vnodes joined by one link carrying 10,000 Mbit/s from 0 to 1, on a 2 x 2 testbed
/// (VMs 0 and 1 on node 0, VMs 2 and 3 on node 1). With the defaults,
/// cpu(0) = cpu(1) = 0.001 + 0.10 CPU-s/Gbit * 10 Gbit/s = 1.001 CPU-s per second.
/// </summary>
internal static class TwoVnodeFixture
{
    public const double RateMbps = 10_000;

    public static TestbedShape Shape { get; } = new(2, 2);

    public static VnodeGraph Graph { get; } = VnodeGraph.FromEdges(2, [(0, 1)]);

    public static Load MakeLoad(TestbedCostOptions options) =>
        Load.FromTraffic(Graph, options, [0, RateMbps], [RateMbps, 0], [new DirectedLinkRate(0, 1, RateMbps)]);
}
