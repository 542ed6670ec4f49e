using NetBalance.Tests.Support;

namespace NetBalance.Tests.Coordination;

public sealed class ReplacementCoordinatorTests
{
    private const int Seed = 42;
    private static readonly TestbedShape Shape = new(2, 2);
    private static readonly TestbedCostOptions Cost = new();

    // A 10 x 10 grid at 10 Mbit/s per source; the sink moves from a corner (0) to the far corner (99).
    private static readonly Load SinkA = RandomInstances.GridSinkLoad(10, 10, 0, 10, Cost, out _);
    private static readonly Load SinkB = RandomInstances.SinkTreeLoad(SinkA.Graph, 99, 10, Cost);
    private static readonly Placement InitialForA =
        new InitialPlacer(Shape, Cost, new InitialPlacerOptions { MovesPerVnode = 300 }).Place(SinkA, new Xoshiro256StarStarRandom(Seed)).Placement;

    [Fact]
    public void OnLoadReport_UnchangedLoad_NeitherSearchesNorDeploys()
    {
        var executor = new RecordingExecutor();
        var coordinator = Coordinator(new CoordinatorOptions(), executor);

        var decision = coordinator.OnLoadReport(SinkA);

        Assert.Equal(ReplacementOutcome.NoSignificantChange, decision.Outcome);
        Assert.Equal(0, decision.MovesEvaluated);
        Assert.Empty(executor.Plans);
    }

    [Fact]
    public void OnLoadReport_SinkChangeWithNegativeChi_DeploysThroughExecutor()
    {
        var executor = new RecordingExecutor();
        var coordinator = Coordinator(new CoordinatorOptions(), executor);

        var decision = coordinator.OnLoadReport(SinkB);

        Assert.Equal(ReplacementOutcome.Deployed, decision.Outcome);
        Assert.True(decision.Chi < 0);
        Assert.True(decision.TauAfter < decision.TauBefore);
        var plan = Assert.Single(executor.Plans);
        Assert.Equal(decision.ReconfigurationSeconds, plan.ReconfigurationSeconds, 12);
        Assert.Equal(decision.Migrations, plan.Migrations);
        Assert.Equal(executor.Targets[0], coordinator.CurrentPlacement);
    }

    [Fact]
    public void OnLoadReport_NoWindowLeft_KeepsPlacementWithoutSearching()
    {
        // To = Tp: the window Tp - To is 0, so chi = Tr >= 0 for any phi' and a search would be wasted.
        var executor = new RecordingExecutor();
        var options = new CoordinatorOptions { Objective = new ChiObjective { TpSeconds = 10, ToSeconds = 10 } };
        var coordinator = Coordinator(options, executor);

        var decision = coordinator.OnLoadReport(SinkB);

        Assert.Equal(ReplacementOutcome.Kept, decision.Outcome);
        Assert.Equal(0, decision.MovesEvaluated);
        Assert.Empty(executor.Plans);
        var second = coordinator.OnLoadReport(SinkB);
        Assert.Equal(ReplacementOutcome.Kept, second.Outcome); // the reference load stays, so it is considered again
        Assert.Equal(0, second.MovesEvaluated);
    }

    [Fact]
    public void OnLoadReport_MigrationCostAboveAnyGain_KeepsPlacement()
    {
        // 10^6 MB per vnode: one migration alone costs 19.5 ms/MB x 10^6 MB = 19,500 s, far beyond
        // (Tp - To) x (tau gain) <= 9 s x 20, so no phi' has chi < 0 and the executor is never called.
        var executor = new RecordingExecutor();
        var options = new CoordinatorOptions { MigrationCost = new MigrationCostOptions { MemoryMB = 1e6 } };
        var coordinator = Coordinator(options, executor);

        var decision = coordinator.OnLoadReport(SinkB);

        Assert.Equal(ReplacementOutcome.Kept, decision.Outcome);
        Assert.Equal(0.0, decision.Chi);
        Assert.True(decision.MovesEvaluated > 0);
        Assert.Empty(executor.Plans);
        Assert.Equal(InitialForA, coordinator.CurrentPlacement);
    }

    [Fact]
    public void OnLoadReport_KeptThenSameReport_RetriesTheSearch()
    {
        // DESIGN §5 "Retry": a search that deploys nothing leaves the reference load where it was.
        var options = new CoordinatorOptions { MigrationCost = new MigrationCostOptions { MemoryMB = 1e6 } };
        var coordinator = Coordinator(options, new RecordingExecutor());

        coordinator.OnLoadReport(SinkB);
        var second = coordinator.OnLoadReport(SinkB);

        Assert.Equal(ReplacementOutcome.Kept, second.Outcome);
        Assert.True(second.MovesEvaluated > 0);
    }

    [Fact]
    public void OnLoadReport_KeptThenSameReportWithoutRetry_DoesNotSearchAgain()
    {
        // The first wave's rule: after any search the predicted load became the reference.
        var options = new CoordinatorOptions { MigrationCost = new MigrationCostOptions { MemoryMB = 1e6 }, RetryAfterFailedSearch = false };
        var coordinator = Coordinator(options, new RecordingExecutor());

        coordinator.OnLoadReport(SinkB);
        var second = coordinator.OnLoadReport(SinkB);

        Assert.Equal(ReplacementOutcome.NoSignificantChange, second.Outcome);
    }

    [Fact]
    public void OnLoadReport_DeployedThenSameReport_DoesNotSearchAgain()
    {
        // After a deployment the reference is the load it was deployed for.
        var coordinator = Coordinator(new CoordinatorOptions(), new RecordingExecutor());

        Assert.Equal(ReplacementOutcome.Deployed, coordinator.OnLoadReport(SinkB).Outcome);
        Assert.Equal(ReplacementOutcome.NoSignificantChange, coordinator.OnLoadReport(SinkB).Outcome);
    }

    [Fact]
    public void OnLoadReport_LearnedWindowWithEwma_TimesChangesOfTheMeasuredLoad()
    {
        // EWMA approaches a new load over several reports; the window must still see one change at 30 s and one at
        // 60 s (intervals 30 and 30: window 29 s), not a change at every report while the prediction moves.
        var options = new CoordinatorOptions { ChiWindow = ChiWindow.Learned };
        var coordinator = new ReplacementCoordinator(
            Shape, InitialForA, SinkA, options, new EwmaLoadPredictor(0.5), new RecordingExecutor(), new AnnealingStrategy(new AnnealerOptions()),
            new MoveCountBudget(20_000), new Xoshiro256StarStarRandom(Seed));
        foreach (var load in new[] { SinkA, SinkA, SinkB, SinkB, SinkB })
        {
            coordinator.OnLoadReport(load);
        }

        var atSixty = coordinator.OnLoadReport(SinkA);

        Assert.NotEqual(ReplacementOutcome.NoSignificantChange, atSixty.Outcome);
        Assert.Equal(29.0, atSixty.WindowSeconds);
    }

    [Fact]
    public void OnLoadReport_PaperWindow_IsTpMinusTo()
    {
        var decision = Coordinator(new CoordinatorOptions(), new RecordingExecutor()).OnLoadReport(SinkB);

        Assert.Equal(9.0, decision.WindowSeconds);
    }

    [Fact]
    public void OnLoadReport_LearnedWindow_IsTheObservedIntervalLessTo()
    {
        // Reports every Tp = 10 s. The load changes at 30 s (A -> B) and again at 60 s (B -> A): the first change
        // is 30 s after the start, so at 60 s the expected time to the next change is 30 s and the window 30 - 1 = 29 s.
        var options = new CoordinatorOptions { ChiWindow = ChiWindow.Learned };
        var coordinator = Coordinator(options, new RecordingExecutor());
        coordinator.OnLoadReport(SinkA);
        coordinator.OnLoadReport(SinkA);
        var first = coordinator.OnLoadReport(SinkB);
        coordinator.OnLoadReport(SinkB);
        coordinator.OnLoadReport(SinkB);

        var second = coordinator.OnLoadReport(SinkA);

        Assert.Equal(ReplacementOutcome.Deployed, first.Outcome);
        Assert.Equal(29.0, first.WindowSeconds); // at 30 s: one interval of 30 s seen, none of it elapsed
        Assert.NotEqual(ReplacementOutcome.NoSignificantChange, second.Outcome);
        Assert.Equal(29.0, second.WindowSeconds);
    }

    [Fact]
    public void OnLoadReport_ReoptimizeWhileImprovingAfterDeployment_SearchesAgain()
    {
        var options = new CoordinatorOptions { ReoptimizeWhileImproving = true };
        var coordinator = Coordinator(options, new RecordingExecutor());

        coordinator.OnLoadReport(SinkB);
        var second = coordinator.OnLoadReport(SinkB);

        Assert.NotEqual(ReplacementOutcome.NoSignificantChange, second.Outcome);
        Assert.True(second.MovesEvaluated > 0);
    }

    [Fact]
    public void OnLoadReport_UsesPredictionNotMeasurement()
    {
        // The predictor insists on sink A's load, so the measured sink change is not acted upon.
        var executor = new RecordingExecutor();
        var coordinator = new ReplacementCoordinator(
            Shape, InitialForA, SinkA, new CoordinatorOptions(), new FixedPredictor(SinkA), executor, new AnnealingStrategy(new AnnealerOptions()), new MoveCountBudget(20_000), new Xoshiro256StarStarRandom(Seed));

        var decision = coordinator.OnLoadReport(SinkB);

        Assert.Equal(ReplacementOutcome.NoSignificantChange, decision.Outcome);
        Assert.Same(SinkA, decision.PredictedLoad);
    }

    [Theory]
    [InlineData(10_300, ReplacementOutcome.NoSignificantChange)]
    [InlineData(11_000, ReplacementOutcome.Kept)]
    public void OnLoadReport_RelativeChangeAgainstFivePercent_DecidesWhetherToSearch(double rateMbps, ReplacementOutcome expected)
    {
        // Both vnodes on VM 0 (optimal, so a search keeps it). D(0) = 2 x (0.001 + 0.1 x r / 1000):
        // 2.002 at 10,000 Mbit/s; 2.062 at 10,300 (+3.0%); 2.202 at 11,000 (+10.0%).
        var graph = TwoVnodeFixture.Graph;
        var before = TwoVnodeFixture.MakeLoad(Cost);
        var after = Load.FromTraffic(graph, Cost, [0, rateMbps], [rateMbps, 0], [new DirectedLinkRate(0, 1, rateMbps)]);
        var coordinator = new ReplacementCoordinator(
            Shape, new Placement([0, 0]), before, new CoordinatorOptions(), new LastValueLoadPredictor(), new RecordingExecutor(), new AnnealingStrategy(new AnnealerOptions()), new MoveCountBudget(1000), new Xoshiro256StarStarRandom(Seed));

        Assert.Equal(expected, coordinator.OnLoadReport(after).Outcome);
    }

    [Fact]
    public void OnLoadReport_SameInputsTwice_GivesSameDecision()
    {
        var first = Coordinator(new CoordinatorOptions(), new RecordingExecutor()).OnLoadReport(SinkB);
        var second = Coordinator(new CoordinatorOptions(), new RecordingExecutor()).OnLoadReport(SinkB);

        Assert.Equal(first.Placement, second.Placement);
        Assert.Equal(first.Chi, second.Chi);
    }

    private static ReplacementCoordinator Coordinator(CoordinatorOptions options, IMigrationExecutor executor) =>
        new(Shape, InitialForA, SinkA, options, new LastValueLoadPredictor(), executor, new AnnealingStrategy(new AnnealerOptions()), new MoveCountBudget(20_000), new Xoshiro256StarStarRandom(Seed));

    private sealed class RecordingExecutor : IMigrationExecutor
    {
        public List<MigrationPlan> Plans { get; } = [];

        public List<Placement> Targets { get; } = [];

        public void Execute(MigrationPlan plan, Placement target)
        {
            Plans.Add(plan);
            Targets.Add(target);
        }
    }

    private sealed class FixedPredictor(Load prediction) : ILoadPredictor
    {
        public Load Predict(Load measured) => prediction;
    }
}
