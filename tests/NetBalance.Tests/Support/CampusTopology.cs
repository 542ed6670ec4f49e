namespace NetBalance.Tests.Support;

/// <summary>
/// The Campus topology of DESIGN §3 (DARPA NMS campuses in a ring), written here only to give the
/// engine's tests and throughput measurement a realistic instance: 20 campuses with L = 20 give
/// 5,480 vnodes and 5,600 links. The shipped topology files come from the topology project.
/// </summary>
internal static class CampusTopology
{
    private const int NonClients = 34;

    public static VnodeGraph Create(int campuses, int clientsPerLan)
    {
        var size = NonClients + (12 * clientsPerLan);
        var links = new List<(int U, int W)>();
        for (var z = 0; z < campuses; z++)
        {
            AddCampus(links, z * size, clientsPerLan);
        }

        for (var z = 0; z < campuses && campuses > 1; z++)
        {
            var next = (z + 1) % campuses;
            if (campuses > 2 || z == 0)
            {
                links.Add((z * size, next * size));
            }
        }

        return VnodeGraph.FromEdges(campuses * size, links);
    }

    private static void AddCampus(List<(int U, int W)> links, int b, int clients)
    {
        // Local ids: Net0 0-2, Net1 3-8, LR0 9, LR1 10, Net2 11-24, Net3 25-33, clients 34..
        const int net0 = 0, net1 = 3, lr0 = 9, lr1 = 10, net2 = 11, net3 = 25;
        int[][] local =
        [
            [net0 + 0, net0 + 1], [net0 + 1, net0 + 2], [net0 + 2, net0 + 0],
            [net1 + 0, net1 + 1], [net1 + 2, net1 + 0], [net1 + 3, net1 + 0], [net1 + 4, net1 + 1], [net1 + 5, net1 + 1],
            [net0 + 2, net1 + 0],
            [lr0, lr1], [lr0, net0 + 0], [lr1, net0 + 1], [lr0, net2 + 0], [lr1, net2 + 1], [lr1, net3 + 0], [lr1, net3 + 1],
        ];
        foreach (var pair in local)
        {
            links.Add((b + pair[0], b + pair[1]));
        }

        AddPart(links, b + net2, [(0, 1), (2, 0), (1, 3), (3, 2), (4, 2), (5, 3), (6, 5), (7, 2), (8, 3), (9, 4), (10, 5), (11, 6), (12, 6), (13, 6)]);
        AddPart(links, b + net3, [(0, 1), (1, 2), (2, 3), (3, 1), (4, 0), (5, 0), (6, 2), (7, 3), (8, 3)]);
        int[] lanRouters = [net2 + 7, net2 + 8, net2 + 9, net2 + 10, net2 + 11, net2 + 12, net2 + 13, net3 + 4, net3 + 5, net3 + 6, net3 + 7, net3 + 8];
        var client = b + NonClients;
        foreach (var router in lanRouters)
        {
            for (var c = 0; c < clients; c++)
            {
                links.Add((b + router, client++));
            }
        }
    }

    private static void AddPart(List<(int U, int W)> links, int offset, (int A, int B)[] pairs)
    {
        foreach (var (a, bb) in pairs)
        {
            links.Add((offset + a, offset + bb));
        }
    }
}
