using NetBalance.Tests.Support;

namespace NetBalance.Tests.Budgets;

public sealed class SearchBudgetTests
{
    [Fact]
    public void ForOptimisationTime_OneSecondAtTwentyThousand_IsTwentyThousandMoves()
    {
        Assert.Equal(20_000, MoveCountBudget.ForOptimisationTime(1.0, 20_000).MoveLimit);
        Assert.Equal(2_500, MoveCountBudget.ForOptimisationTime(0.125, 20_000).MoveLimit);
    }

    [Fact]
    public void SimulatedBudget_Defaults_IsToTimesCoordinatorMovesPerSecond()
    {
        // To = 1 s x 20,000 moves/s = 20,000 moves; To = 0.5 s gives 10,000.
        Assert.Equal(20_000, new CoordinatorOptions().SimulatedBudget().MoveLimit);
        Assert.Equal(10_000, new CoordinatorOptions { Objective = new ChiObjective { ToSeconds = 0.5 } }.SimulatedBudget().MoveLimit);
    }

    [Fact]
    public void Part_OfMoveCountBudget_IsTheFloorOfTheShare()
    {
        Assert.Equal(45_000, new MoveCountBudget(50_000).Part(0.9).MoveLimit);
        Assert.Equal(3, new MoveCountBudget(10).Part(0.35).MoveLimit); // 3.5 rounds down
        Assert.Equal(10, new MoveCountBudget(10).Part(1).MoveLimit);
        Assert.Equal(0, new MoveCountBudget(10).Part(0).MoveLimit);
        Assert.Throws<ArgumentOutOfRangeException>(() => new MoveCountBudget(10).Part(1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MoveCountBudget(10).Part(double.NaN));
    }

    [Fact]
    public void Part_OfWallClockBudget_IsTheShareOfTheTime()
    {
        var part = (WallClockBudget)new WallClockBudget(TimeSpan.FromSeconds(2)).Part(0.25);

        Assert.Equal(TimeSpan.FromSeconds(0.5), part.Limit);
        Assert.Equal(0, ((WallClockBudget)new WallClockBudget(TimeSpan.FromSeconds(2)).Part(0)).MoveLimit);
    }

    [Fact]
    public void MoveCountBudget_Progress_IsFractionOfMoves()
    {
        var run = new MoveCountBudget(400).Start();

        Assert.Equal(0.25, run.Progress(100));
        Assert.Equal(1.0, new MoveCountBudget(0).Start().Progress(0));
    }

    [Fact]
    public void WallClockBudget_Zero_ReturnsStartWithoutSearching()
    {
        var (shape, load, start) = Instance();
        var replacer = new SimulatedAnnealingReplacer(shape, new TestbedCostOptions(), new MigrationCostOptions(), new AnnealerOptions());

        var result = replacer.Replace(load, start, new ChiObjective(), new WallClockBudget(TimeSpan.Zero), new Xoshiro256StarStarRandom(1));

        Assert.Equal(start, result.Placement);
        Assert.Equal(0, result.MovesEvaluated);
    }

    [Fact]
    public void WallClockBudget_FiftyMilliseconds_SearchesAndStops()
    {
        var (shape, load, start) = Instance();
        var replacer = new SimulatedAnnealingReplacer(shape, new TestbedCostOptions(), new MigrationCostOptions(), new AnnealerOptions());

        var result = replacer.Replace(load, start, new ChiObjective(), new WallClockBudget(TimeSpan.FromMilliseconds(50)), new Xoshiro256StarStarRandom(1));

        Assert.True(result.MovesEvaluated > 1000, $"moves {result.MovesEvaluated} chi {result.Chi} tau {result.TauStart} -> {result.Tau}");
        Assert.True(result.Chi < 0, $"moves {result.MovesEvaluated} chi {result.Chi} tau {result.TauStart} -> {result.Tau}");
    }

    private static (TestbedShape Shape, Load Load, Placement Start) Instance()
    {
        var cost = new TestbedCostOptions();
        var load = RandomInstances.GridSinkLoad(10, 10, 45, 300, cost, out _);
        var start = new Placement(Enumerable.Range(0, 100).Select(v => v / 25).ToArray());
        return (new TestbedShape(2, 2), load, start);
    }
}
