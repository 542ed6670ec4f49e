using NetBalance.Tests.Support;

namespace NetBalance.Tests.Annealing;

public sealed class AnnealingWalkTests
{
    [Fact]
    public void Steps_HotWalk_ReturnsBestNotCurrent()
    {
        // At a huge temperature the walk accepts nearly everything and wanders off; best must
        // still be the lowest-chi placement seen, which is at least as good as the start (chi 0).
        var (evaluator, walk, start) = Walk(seed: 1);

        walk.Steps(5000, temperature: 1e9);

        var best = walk.Best();
        Assert.True(evaluator.Chi > 0, "the hot walk should end worse than its start");
        Assert.NotEqual(evaluator.ToPlacement(), best);
        Assert.True(ChiOf(best, start) <= 0);
    }

    [Fact]
    public void Steps_FrozenWalkFromOptimum_RejectsEveryWorseMove()
    {
        // Two vnodes on one VM of a 1 x 2 testbed are optimal; every move or swap is worse, and at
        // T = 1e-12 none is accepted.
        var cost = new TestbedCostOptions();
        var shape = new TestbedShape(1, 2);
        var start = new Placement([0, 0]);
        var evaluator = new IncrementalEvaluator(new EvaluatorTables(shape, TwoVnodeFixture.MakeLoad(cost), cost, new MigrationCostOptions()), start, new ChiObjective(), 0);
        var random = new Xoshiro256StarStarRandom(2);
        var walk = new AnnealingWalk(evaluator, new MoveSelector(evaluator, random, new AnnealerOptions()), random, new BestPlacementTracker(start));

        walk.Steps(1000, temperature: 1e-12);

        Assert.Equal(0, walk.Accepted);
        Assert.Equal(start, evaluator.ToPlacement());
    }

    [Fact]
    public void Steps_AfterWarmUp_AllocateNothing()
    {
        // 64 vnodes: every VM's member list already holds all 64, so nothing can grow.
        var (_, walk, _) = Walk(seed: 3);
        walk.Steps(1000, temperature: 1.0);

        var before = GC.GetAllocatedBytesForCurrentThread();
        walk.Steps(100_000, temperature: 1.0);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    private static readonly TestbedShape Shape = new(2, 2);
    private static readonly TestbedCostOptions Cost = new();
    private static readonly Load GridLoad = RandomInstances.GridSinkLoad(8, 8, 27, 200, Cost, out _);

    private static double ChiOf(Placement placement, Placement start)
    {
        var testbed = new TestbedCostModel(Shape, Cost);
        var tr = new MigrationCostModel(Shape, new MigrationCostOptions()).ReconfigurationSeconds(start, placement);
        return new ChiObjective().Chi(testbed.Tau(GridLoad, start), testbed.Tau(GridLoad, placement), tr);
    }

    private static (IncrementalEvaluator Evaluator, AnnealingWalk Walk, Placement Start) Walk(ulong seed)
    {
        var start = new Placement(Enumerable.Range(0, 64).Select(v => v / 16).ToArray());
        var evaluator = new IncrementalEvaluator(new EvaluatorTables(Shape, GridLoad, Cost, new MigrationCostOptions()), start, new ChiObjective(), 0);
        var random = new Xoshiro256StarStarRandom(seed);
        var walk = new AnnealingWalk(evaluator, new MoveSelector(evaluator, random, new AnnealerOptions()), random, new BestPlacementTracker(start));
        return (evaluator, walk, start);
    }
}
