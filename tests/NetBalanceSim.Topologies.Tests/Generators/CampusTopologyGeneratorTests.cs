using NetBalanceSim.Topologies.Generators;
using NetBalanceSim.Topologies.Statistics;

namespace NetBalanceSim.Topologies.Tests.Generators;

[Collection(SharedDefaultTopologies.Name)]
public class CampusTopologyGeneratorTests(DefaultTopologiesFixture topologies)
{
    [Fact]
    public void Default_20CampusesL20_Has5480NodesAnd5600Links()
    {
        var stats = topologies.Statistics("campus");
        Assert.Equal(5480, stats.Nodes);
        Assert.Equal(5600, stats.Links);
        Assert.Equal(1, stats.Components);
        Assert.Equal(1, stats.DegreeMin);
    }

    [Theory]
    [InlineData(1, 42, 538, 543)]
    [InlineData(2, 0, 68, 79)]
    [InlineData(5, 3, 5 * 70, (5 * 75) + 5)]
    public void Generate_CampusesAndClients_FollowsCountFormulas(int campuses, int clients, int nodes, int links)
    {
        var topology = new CampusTopologyGenerator(new CampusOptions { Campuses = campuses, ClientsPerLan = clients }).Generate();
        Assert.Equal(nodes, topology.NodeCount);
        Assert.Equal(links, topology.LinkCount);
        Assert.Equal(1, TopologyStatisticsCalculator.CountComponents(topology));
    }

    [Fact]
    public void Generate_OneCampus_HasDesignTableDegrees()
    {
        var topology = new CampusTopologyGenerator(new CampusOptions { Campuses = 1, ClientsPerLan = 2 }).Generate();
        // Net0[0]: Net0[1], Net0[2], LR0. Net1[0]: Net1[1], two servers, Net0[2]. LR1: LR0, Net0[1], Net2[1], Net3[0], Net3[1].
        Assert.Equal([1, 2, 9], topology.Neighbours(0).ToArray());
        Assert.Equal([2, 4, 5, 6], topology.Neighbours(3).ToArray());
        Assert.Equal([1, 9, 12, 25, 26], topology.Neighbours(10).ToArray());
        // Net2[6] (local 17) is linked to Net2[5], Net2[11], Net2[12], Net2[13]; Net3[3] (28) to Net3[2], Net3[1], Net3[7], Net3[8].
        Assert.Equal([16, 22, 23, 24], topology.Neighbours(17).ToArray());
        Assert.Equal([26, 27, 32, 33], topology.Neighbours(28).ToArray());
        // The first LAN router, Net2[7] (18), has Net2[2] and its two clients 34 and 35.
        Assert.Equal([13, 34, 35], topology.Neighbours(18).ToArray());
    }

    [Fact]
    public void Generate_ThreeCampuses_RingJoinsNet0OfEach()
    {
        int size = CampusTopologyGenerator.NodesPerCampus(0);
        var topology = new CampusTopologyGenerator(new CampusOptions { Campuses = 3, ClientsPerLan = 0 }).Generate();
        Assert.Contains(size, topology.Neighbours(0).ToArray());
        Assert.Contains(2 * size, topology.Neighbours(0).ToArray());
        Assert.Contains(2 * size, topology.Neighbours(size).ToArray());
    }

    [Fact]
    public void Generate_ThreeCampuses_LinksAreExactlyTheDesignTableClientsAndRing()
    {
        // DESIGN §3 "The four topologies", the campus table, transcribed part by part with each part's local ids.
        (string Part, int A, string PartB, int B)[] table =
        [
            ("Net0", 0, "Net0", 1), ("Net0", 1, "Net0", 2), ("Net0", 2, "Net0", 0),
            ("Net1", 0, "Net1", 1), ("Net1", 2, "Net1", 0), ("Net1", 3, "Net1", 0), ("Net1", 4, "Net1", 1), ("Net1", 5, "Net1", 1),
            ("Net0", 2, "Net1", 0),
            ("LR0", 0, "LR1", 0), ("LR0", 0, "Net0", 0), ("LR1", 0, "Net0", 1), ("LR0", 0, "Net2", 0), ("LR1", 0, "Net2", 1),
            ("LR1", 0, "Net3", 0), ("LR1", 0, "Net3", 1),
            ("Net2", 0, "Net2", 1), ("Net2", 2, "Net2", 0), ("Net2", 1, "Net2", 3), ("Net2", 3, "Net2", 2), ("Net2", 4, "Net2", 2),
            ("Net2", 5, "Net2", 3), ("Net2", 6, "Net2", 5), ("Net2", 7, "Net2", 2), ("Net2", 8, "Net2", 3), ("Net2", 9, "Net2", 4),
            ("Net2", 10, "Net2", 5), ("Net2", 11, "Net2", 6), ("Net2", 12, "Net2", 6), ("Net2", 13, "Net2", 6),
            ("Net3", 0, "Net3", 1), ("Net3", 1, "Net3", 2), ("Net3", 2, "Net3", 3), ("Net3", 3, "Net3", 1), ("Net3", 4, "Net3", 0),
            ("Net3", 5, "Net3", 0), ("Net3", 6, "Net3", 2), ("Net3", 7, "Net3", 3), ("Net3", 8, "Net3", 3),
        ];
        // Local id of each part's first node (the generator's documented layout), then the clients.
        var first = new Dictionary<string, int> { ["Net0"] = 0, ["Net1"] = 3, ["LR0"] = 9, ["LR1"] = 10, ["Net2"] = 11, ["Net3"] = 25 };
        int[] lanRouters = [.. Enumerable.Range(7, 7).Select(i => first["Net2"] + i), .. Enumerable.Range(4, 5).Select(i => first["Net3"] + i)];
        const int campuses = 3;
        const int clients = 2;
        int size = 34 + (12 * clients);
        var expected = new List<Link>();
        for (int z = 0; z < campuses; z++)
        {
            int offset = z * size;
            expected.AddRange(table.Select(t => Link.Between(offset + first[t.Part] + t.A, offset + first[t.PartB] + t.B)));
            for (int k = 0; k < lanRouters.Length; k++)
            {
                expected.AddRange(Enumerable.Range(0, clients).Select(j => Link.Between(offset + lanRouters[k], offset + 34 + (k * clients) + j)));
            }
            expected.Add(Link.Between(offset, ((z + 1) % campuses) * size));
        }

        var topology = new CampusTopologyGenerator(new CampusOptions { Campuses = campuses, ClientsPerLan = clients }).Generate();

        Assert.Equal(39, table.Length);
        Assert.Equal(campuses * size, topology.NodeCount);
        Assert.Equal(expected.OrderBy(l => l.U).ThenBy(l => l.V).ToArray(), topology.Links.ToArray());
    }
}
