using NetBalance.Tests.Support;

namespace NetBalance.Tests.InitialPlacement;

public sealed class GraphCoarsenerTests
{
    [Fact]
    public void Coarsen_AnyCoarsePlacement_HasSameDemandAsItsProjection()
    {
        // With sigmaIntra > 0 internal links must be folded into coarse CPU, on both ends.
        var cost = new TestbedCostOptions { SigmaIntraCpuSecondsPerGbit = 0.05, NicMbps = 5000 };
        var shape = new TestbedShape(2, 3);
        var random = new Xoshiro256StarStarRandom(4);
        var fine = RandomInstances.RandomLoad(RandomInstances.ConnectedGraph(120, 100, random), random, 3000);
        var level = GraphCoarsener.Coarsen(fine, cost, double.PositiveInfinity, random);
        var model = new TestbedCostModel(shape, cost);

        for (var trial = 0; trial < 20; trial++)
        {
            var coarse = RandomInstances.RandomPlacement(level.Load.VnodeCount, shape.VmCount, random);
            var fineDemand = model.VmDemand(fine, level.Project(coarse));

            Assert.Equal(fineDemand, model.VmDemand(level.Load, coarse), new DoubleComparer(1e-9));
            Assert.Equal(model.Tau(fine, level.Project(coarse)), model.Tau(level.Load, coarse), 9);
        }

        Assert.True(level.Load.VnodeCount < 100);
    }

    [Fact]
    public void Coarsen_Star_PairsTheLeavesToo()
    {
        // Hub 0 with 20 leaves: heavy-edge matching pairs the hub with one leaf; sibling matching
        // pairs the other 19 leaves into 9 pairs and 1 single: 1 + 9 + 1 = 11 coarse vertices.
        var graph = VnodeGraph.FromEdges(21, Enumerable.Range(1, 20).Select(i => (0, i)));
        var load = RandomInstances.SinkTreeLoad(graph, 0, 10, new TestbedCostOptions());

        var level = GraphCoarsener.Coarsen(load, new TestbedCostOptions(), double.PositiveInfinity, new Xoshiro256StarStarRandom(1));

        Assert.Equal(11, level.Load.VnodeCount);
    }
}
