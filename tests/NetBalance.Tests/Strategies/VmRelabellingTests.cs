using NetBalance.Tests.Support;

namespace NetBalance.Tests.Strategies;

public sealed class VmRelabellingTests
{
    // 2 nodes x 2 CPUs: VMs 0, 1 on node 0 and VMs 2, 3 on node 1.
    private static readonly TestbedShape Shape = new(2, 2);
    private static readonly TestbedCostOptions Cost = new();

    [Fact]
    public void Onto_FreshIsCurrentWithNodesAndVmsRenamed_GivesCurrentBack()
    {
        var (load, _) = SixVnodes();
        var current = new Placement([0, 0, 1, 2, 3, 3]);
        // Nodes swapped and the VMs inside each swapped: 0 -> 3, 1 -> 2, 2 -> 1, 3 -> 0.
        var fresh = new Placement([3, 3, 2, 1, 0, 0]);

        var relabelled = VmRelabelling.Onto(fresh, current, load, Shape);

        Assert.Equal(current, relabelled);
    }

    [Fact]
    public void Onto_OneVnodeMovedBesidesRenaming_MigratesOnlyThatVnode()
    {
        var (load, _) = SixVnodes();
        var current = new Placement([0, 0, 1, 2, 3, 3]);
        // As above, but vnode 2 sits with vnodes 0 and 1 in the fresh placement.
        var fresh = new Placement([3, 3, 3, 1, 0, 0]);

        var relabelled = VmRelabelling.Onto(fresh, current, load, Shape);

        Assert.Equal(new Placement([0, 0, 0, 2, 3, 3]), relabelled);
        var migrations = new MigrationCostModel(Shape, new MigrationCostOptions()).Plan(current, relabelled).Migrations;
        Assert.Equal(2, Assert.Single(migrations).Vnode);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Onto_RandomPlacements_KeepsTauAndTheNumberOfUsedVms(int seed)
    {
        var random = new Xoshiro256StarStarRandom((ulong)seed);
        var shape = new TestbedShape(3, 4);
        var graph = RandomInstances.ConnectedGraph(60, 50, random);
        var load = RandomInstances.RandomLoad(graph, random, 3000);
        var current = RandomInstances.RandomPlacement(60, shape.VmCount, random);
        var fresh = RandomInstances.RandomPlacement(60, shape.VmCount, random);

        var relabelled = VmRelabelling.Onto(fresh, current, load, shape);

        var testbed = new TestbedCostModel(shape, Cost);
        Assert.Equal(testbed.Tau(load, fresh), testbed.Tau(load, relabelled), 12);
        Assert.Equal(fresh.AsSpan().ToArray().Distinct().Count(), relabelled.AsSpan().ToArray().Distinct().Count());
    }

    [Fact]
    public void Onto_SamePairing_IsAPermutationThatPreservesEveryVnodePairsLocality()
    {
        var random = new Xoshiro256StarStarRandom(9);
        var shape = new TestbedShape(3, 2);
        var graph = RandomInstances.ConnectedGraph(30, 20, random);
        var load = RandomInstances.RandomLoad(graph, random, 1000);
        var current = RandomInstances.RandomPlacement(30, shape.VmCount, random);
        var fresh = RandomInstances.RandomPlacement(30, shape.VmCount, random);

        var relabelled = VmRelabelling.Onto(fresh, current, load, shape);

        for (var u = 0; u < 30; u++)
        {
            for (var w = 0; w < 30; w++)
            {
                Assert.Equal(fresh[u] == fresh[w], relabelled[u] == relabelled[w]);
                Assert.Equal(shape.NodeOf(fresh[u]) == shape.NodeOf(fresh[w]), shape.NodeOf(relabelled[u]) == shape.NodeOf(relabelled[w]));
            }
        }
    }

    private static (Load Load, VnodeGraph Graph) SixVnodes()
    {
        var graph = VnodeGraph.FromEdges(6, [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)]);
        return (Load.FromTraffic(graph, Cost, [100, 200, 300, 400, 500, 600], [100, 200, 300, 400, 500, 600], []), graph);
    }
}
