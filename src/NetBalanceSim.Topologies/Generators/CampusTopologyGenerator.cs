using System.Globalization;

namespace NetBalanceSim.Topologies.Generators;

/// <summary>
/// The DARPA NMS campus network (ns-3's <c>nms-p2p-nix</c> example without chord links), campuses joined in a
/// ring through Net0[0] of each. One campus has <c>34 + 12 L</c> nodes and <c>39 + 12 L</c> links; 20 campuses
/// with L = 20 give 5,480 nodes and 5,600 links. DESIGN §3 "The four topologies".
/// </summary>
/// <remarks>
/// Local ids inside campus z (offset <c>z * (34 + 12 L)</c>): Net0 routers 0-2; Net1 3-8 (routers 3, 4;
/// servers 5-8); lone routers LR0 = 9, LR1 = 10; Net2 routers 11-24; Net3 routers 25-33; then the clients,
/// L per LAN router in the order Net2[7..13], Net3[4..8]. The ring links campus z to z + 1 and the last to
/// the first; with two campuses that is a single link and with one there is none.
/// See docs/topologies.md.
/// </remarks>
/// <param name="options">Number of campuses and clients per LAN router.</param>
public sealed class CampusTopologyGenerator(CampusOptions options) : ITopologyGenerator
{
    private const int Net0 = 0;
    private const int Net1 = 3;
    private const int Lr0 = 9;
    private const int Lr1 = 10;
    private const int Net2 = 11;
    private const int Net3 = 25;
    private const int RouterCount = 34;

    // (a, b) pairs of local ids: DESIGN's campus table, part by part.
    private static readonly int[] CampusLinks =
    [
        Net0 + 0, Net0 + 1, Net0 + 1, Net0 + 2, Net0 + 2, Net0 + 0,
        Net1 + 0, Net1 + 1, Net1 + 2, Net1 + 0, Net1 + 3, Net1 + 0, Net1 + 4, Net1 + 1, Net1 + 5, Net1 + 1,
        Net0 + 2, Net1 + 0,
        Lr0, Lr1, Lr0, Net0 + 0, Lr1, Net0 + 1, Lr0, Net2 + 0, Lr1, Net2 + 1, Lr1, Net3 + 0, Lr1, Net3 + 1,
        Net2 + 0, Net2 + 1, Net2 + 2, Net2 + 0, Net2 + 1, Net2 + 3, Net2 + 3, Net2 + 2, Net2 + 4, Net2 + 2,
        Net2 + 5, Net2 + 3, Net2 + 6, Net2 + 5, Net2 + 7, Net2 + 2, Net2 + 8, Net2 + 3, Net2 + 9, Net2 + 4,
        Net2 + 10, Net2 + 5, Net2 + 11, Net2 + 6, Net2 + 12, Net2 + 6, Net2 + 13, Net2 + 6,
        Net3 + 0, Net3 + 1, Net3 + 1, Net3 + 2, Net3 + 2, Net3 + 3, Net3 + 3, Net3 + 1, Net3 + 4, Net3 + 0,
        Net3 + 5, Net3 + 0, Net3 + 6, Net3 + 2, Net3 + 7, Net3 + 3, Net3 + 8, Net3 + 3,
    ];

    private static readonly int[] LanRouters =
    [
        Net2 + 7, Net2 + 8, Net2 + 9, Net2 + 10, Net2 + 11, Net2 + 12, Net2 + 13,
        Net3 + 4, Net3 + 5, Net3 + 6, Net3 + 7, Net3 + 8,
    ];

    /// <summary>Number of nodes of one campus with <paramref name="clientsPerLan"/> clients per LAN router.</summary>
    /// <param name="clientsPerLan">L.</param>
    /// <returns><c>34 + 12 L</c>.</returns>
    /// <exception cref="OverflowException">The count does not fit an int.</exception>
    public static int NodesPerCampus(int clientsPerLan) => checked(RouterCount + (LanRouters.Length * clientsPerLan));

    /// <inheritdoc />
    public string Name => "campus";

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, string>> Parameters =>
    [
        new("campuses", GeneratorHeader.Format(options.Campuses)),
        new("clients-per-lan", GeneratorHeader.Format(options.ClientsPerLan)),
    ];

    /// <inheritdoc />
    public Topology Generate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Campuses, 1, nameof(options.Campuses));
        ArgumentOutOfRangeException.ThrowIfNegative(options.ClientsPerLan, nameof(options.ClientsPerLan));
        long perCampus = RouterCount + (LanRouters.Length * (long)options.ClientsPerLan);
        if (perCampus > Topology.MaxNodeCount || options.Campuses > Topology.MaxNodeCount / perCampus)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                string.Create(CultureInfo.InvariantCulture, $"Campus: {options.Campuses} campuses of {perCampus} nodes exceed the limit of {Topology.MaxNodeCount} nodes."));
        }
        int size = NodesPerCampus(options.ClientsPerLan);
        var links = new List<Link>();
        for (int z = 0; z < options.Campuses; z++)
        {
            AddCampus(links, z * size, options.ClientsPerLan);
        }
        int ringLinks = options.Campuses switch { 1 => 0, 2 => 1, _ => options.Campuses };
        for (int z = 0; z < ringLinks; z++)
        {
            links.Add(Link.Between((z * size) + Net0, (((z + 1) % options.Campuses) * size) + Net0));
        }
        return new Topology(options.Campuses * size, links);
    }

    private static void AddCampus(List<Link> links, int offset, int clientsPerLan)
    {
        for (int i = 0; i < CampusLinks.Length; i += 2)
        {
            links.Add(Link.Between(offset + CampusLinks[i], offset + CampusLinks[i + 1]));
        }
        for (int k = 0; k < LanRouters.Length; k++)
        {
            for (int j = 0; j < clientsPerLan; j++)
            {
                links.Add(new Link(offset + LanRouters[k], offset + RouterCount + (k * clientsPerLan) + j));
            }
        }
    }
}
