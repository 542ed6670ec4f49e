using NetBalance.Tests.Support;

namespace NetBalance.Tests.InitialPlacement;

public sealed class InitialPlacerTests
{
    private static readonly TestbedCostOptions Cost = new();
    private static readonly TestbedShape Shape = new(4, 4);

    [Fact]
    public void Place_GridSinkLoad_IsWithinTenPercentOfLowerBound()
    {
        // 20 x 20 grid, sink 210, 10 Mbit/s per source, 16 VMs. Measured: quality about 1.0.
        var load = RandomInstances.GridSinkLoad(20, 20, 210, 10, Cost, out _);
        var placer = new InitialPlacer(Shape, Cost, new InitialPlacerOptions { MovesPerVnode = 300 });

        var result = placer.Place(load, new Xoshiro256StarStarRandom(1));

        var model = new TestbedCostModel(Shape, Cost);
        Assert.Equal(model.Tau(load, result.Placement), result.Tau, 12);
        Assert.Equal(model.TauLowerBound(load), result.TauLowerBound, 12);
        Assert.InRange(result.Quality, 1.0, 1.10);
        Assert.True(result.Levels >= 1);
    }

    [Theory]
    [InlineData(0, 0L)]
    [InlineData(10_000, 3_000_000L)]
    [InlineData(40_000, 6_000_000L)]
    [InlineData(1_000_000, 30_000_000L)]
    public void LevelMoves_FullUpToTheLimitThenSquareRootGrowth(int vertices, long moves)
    {
        // 300 per vertex up to 10,000 vertices; above, 300 * 10,000 * sqrt(n / 10,000): x2 at 40,000, x10 at 1,000,000.
        Assert.Equal(moves, new InitialPlacerOptions { MovesPerVnode = 300 }.LevelMoves(vertices));
    }

    [Fact]
    public void LevelMoves_AtTheKeysUpperLimits_DoesNotOverflow()
    {
        // 1,000,000 moves per vertex (the key's limit): 10^6 * 10^4 * sqrt(10^6 / 10^4) = 10^11 at a million vertices.
        Assert.Equal(100_000_000_000L, new InitialPlacerOptions { MovesPerVnode = 1_000_000 }.LevelMoves(1_000_000));
    }

    [Fact]
    public void Place_LevelsAboveTheLimit_UseTheLargeLevelModeAndStayNearTheBound()
    {
        // A 20 x 20 grid placed as a large instance (full budget up to 50 vertices; above, square-root budgets and boundary
        // moves): fewer moves, another placement, still within 20% of the best lower bound (the full budget: 10%).
        var load = RandomInstances.GridSinkLoad(20, 20, 210, 10, Cost, out _);
        var small = new InitialPlacer(Shape, Cost, new InitialPlacerOptions { MovesPerVnode = 300 }).Place(load, new Xoshiro256StarStarRandom(1));

        var large = new InitialPlacer(Shape, Cost, new InitialPlacerOptions { MovesPerVnode = 300, FullBudgetVertices = 50 }).Place(load, new Xoshiro256StarStarRandom(1));

        var bound = Math.Max(large.TauLowerBound, TrafficTreeBound.Tau(new TestbedCostModel(Shape, Cost), load));
        Assert.True(large.MovesEvaluated < small.MovesEvaluated / 2, $"{large.MovesEvaluated} moves against {small.MovesEvaluated}");
        Assert.NotEqual(small.Placement.ToArray(), large.Placement.ToArray());
        Assert.InRange(large.Tau / bound, 1.0, 1.20);
    }

    [Fact]
    public void Place_BeatsContiguousBlocks()
    {
        // Blocks of 25 consecutive ids (row strips) are a plain partition of the same grid.
        var load = RandomInstances.GridSinkLoad(20, 20, 0, 10, Cost, out _);
        var blocks = new Placement(Enumerable.Range(0, 400).Select(v => v / 25).ToArray());
        var placer = new InitialPlacer(Shape, Cost, new InitialPlacerOptions { MovesPerVnode = 300 });

        var result = placer.Place(load, new Xoshiro256StarStarRandom(2));

        Assert.True(result.Tau < new TestbedCostModel(Shape, Cost).Tau(load, blocks));
    }

    [Fact]
    public void Place_SameSeedTwice_GivesSamePlacement()
    {
        var load = RandomInstances.GridSinkLoad(12, 12, 5, 10, Cost, out _);
        var placer = new InitialPlacer(Shape, Cost, new InitialPlacerOptions { MovesPerVnode = 200 });

        var first = placer.Place(load, new Xoshiro256StarStarRandom(3));
        var second = placer.Place(load, new Xoshiro256StarStarRandom(3));

        Assert.Equal(first.Placement, second.Placement);
    }

    [Fact]
    public void Place_FewerVnodesThanVms_PlacesEveryVnodeOnAValidVm()
    {
        var load = RandomInstances.GridSinkLoad(2, 3, 0, 1000, Cost, out _);

        var result = new InitialPlacer(Shape, Cost, new InitialPlacerOptions()).Place(load, new Xoshiro256StarStarRandom(1));

        Assert.Equal(6, result.Placement.Count);
        Assert.All(result.Placement.ToArray(), vm => Assert.InRange(vm, 0, Shape.VmCount - 1));
        Assert.Equal(0, result.Levels);
    }

    [Fact]
    public void Place_SingleVm_PutsEverythingOnIt()
    {
        var load = RandomInstances.GridSinkLoad(4, 4, 0, 1000, Cost, out _);

        var result = new InitialPlacer(new TestbedShape(1, 1), Cost, new InitialPlacerOptions()).Place(load, new Xoshiro256StarStarRandom(1));

        Assert.All(result.Placement.ToArray(), vm => Assert.Equal(0, vm));
    }
}
