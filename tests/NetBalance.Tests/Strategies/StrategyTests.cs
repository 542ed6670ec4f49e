using NetBalance.Tests.Support;

namespace NetBalance.Tests.Strategies;

/// <summary>What every strategy must do: stay within its budget, be deterministic, and never end worse than its start.</summary>
public sealed class StrategyTests
{
    private static readonly TestbedShape Shape = new(2, 2);
    private static readonly TestbedCostOptions Cost = new();
    private static readonly PlacementModel Model = new(Shape, Cost, new MigrationCostOptions());
    private static readonly ChiObjective Objective = new() { TpSeconds = 10, ToSeconds = 1 };

    // A 10 x 10 grid; the placement was made for a sink in one corner and the sink moved to the far corner.
    private static readonly Load SinkA = RandomInstances.GridSinkLoad(10, 10, 0, 10, Cost, out _);
    private static readonly Load SinkB = RandomInstances.SinkTreeLoad(SinkA.Graph, 99, 10, Cost);
    private static readonly Placement ForA =
        new InitialPlacer(Shape, Cost, new InitialPlacerOptions { MovesPerVnode = 300 }).Place(SinkA, new Xoshiro256StarStarRandom(3)).Placement;

    public static TheoryData<string> Names() => ["annealing", "annealing+fresh", "greedy", "static"];

    [Theory]
    [MemberData(nameof(Names))]
    public void Search_RandomInstances_CandidateNeverWorseThanStart(string name)
    {
        for (var seed = 1; seed <= 4; seed++)
        {
            var random = new Xoshiro256StarStarRandom((ulong)seed);
            var graph = RandomInstances.ConnectedGraph(30, 25, random);
            var load = RandomInstances.RandomLoad(graph, random, 3000);
            var start = RandomInstances.RandomPlacement(30, Shape.VmCount, random);
            var request = new ReplacementRequest(Model, load, start, Objective, new MoveCountBudget(5000), random);

            var candidate = Create(name).Search(request);

            // The strategy's own answer, before the shared guard, judged by the full cost models.
            var chi = RawChi(load, start, candidate.Placement);
            Assert.True(chi <= 1e-9, $"{name}, seed {seed}: chi {chi}");
            Assert.Equal(chi, candidate.Chi, 9);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Search_StaysWithinItsBudget(string name)
    {
        var request = new ReplacementRequest(Model, SinkB, ForA, Objective, new MoveCountBudget(3000), new Xoshiro256StarStarRandom(5));

        var candidate = Create(name).Search(request);

        Assert.InRange(candidate.MovesUsed, 0, 3000);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Search_SameSeedAndBudget_SamePlacement(string name)
    {
        ReplacementCandidate Once() =>
            Create(name).Search(new ReplacementRequest(Model, SinkB, ForA, Objective, new MoveCountBudget(4000), new Xoshiro256StarStarRandom(11)));

        var first = Once();
        var second = Once();

        Assert.Equal(first.Placement, second.Placement);
        Assert.Equal(first.MovesUsed, second.MovesUsed);
    }

    [Fact]
    public void Static_ReturnsTheCurrentPlacementWithoutAMove()
    {
        var candidate = new StaticStrategy().Search(new ReplacementRequest(Model, SinkB, ForA, Objective, new MoveCountBudget(4000), new ThrowingRandom()));

        Assert.Same(ForA, candidate.Placement);
        Assert.Equal(0, candidate.MovesUsed);
    }

    [Fact]
    public void Greedy_DrawsNothingAndLowersChiAfterASinkChange()
    {
        // At 10 Mbit/s one vnode's CPU (a few thousandths) never pays for one migration (about 0.4 s), so greedy
        // would stop at once; at 300 Mbit/s single moves off the hot VM pay.
        var (after, start) = GreedyInstance();

        var candidate = new GreedyStrategy().Search(new ReplacementRequest(Model, after, start, Objective, new MoveCountBudget(50_000), new ThrowingRandom()));

        Assert.True(candidate.Chi < 0, $"chi {candidate.Chi}");
        Assert.Equal(candidate.Chi, ReplacementResult.Evaluate(Model, after, start, candidate.Placement, Objective, 0).Chi, 9);
    }

    [Fact]
    public void AnnealingFresh_AfterASinkChange_IsAtLeastAsGoodAsAnnealingWithTheSameSeed()
    {
        // annealing+fresh keeps the lower-chi of its annealed and fresh candidates; the annealed one had a smaller
        // share of the budget, so compare with annealing on that share.
        var budget = new MoveCountBudget(20_000);
        var fresh = new AnnealingFreshStrategy(new AnnealerOptions())
            .Search(new ReplacementRequest(Model, SinkB, ForA, Objective, budget, new Xoshiro256StarStarRandom(2)));
        var annealed = new AnnealingStrategy(new AnnealerOptions())
            .Search(new ReplacementRequest(Model, SinkB, ForA, Objective, budget.Part(AnnealingFreshStrategy.AnnealShare), new Xoshiro256StarStarRandom(2)));

        Assert.True(fresh.Chi <= annealed.Chi + 1e-9, $"annealing+fresh {fresh.Chi}, annealing {annealed.Chi}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ReplacementSearch_EveryStrategy_ResultIsStartOrNegativeChi(string name)
    {
        var search = new ReplacementSearch(Model, Create(name));

        var result = search.Run(SinkB, ForA, Objective, new MoveCountBudget(10_000), new Xoshiro256StarStarRandom(4));

        var chi = RawChi(SinkB, ForA, result.Placement);
        Assert.Equal(chi, result.Chi, 9);
        Assert.True(chi < 0 || result.Placement.Equals(ForA), $"{name}: chi {chi}");
        Assert.InRange(result.MovesEvaluated, 0, 10_000);
    }

    [Fact]
    public void Evaluate_CandidateWorseThanTheStart_GivesTheStartBack()
    {
        // Everything on VM 0 of ForA's testbed: tau far above ForA's under SinkA's load, and 3/4 of the vnodes migrate.
        var worse = new Placement(new int[SinkA.VnodeCount]);
        Assert.True(RawChi(SinkA, ForA, worse) > 0);

        var result = ReplacementResult.Evaluate(Model, SinkA, ForA, worse, Objective, 123);

        Assert.Same(ForA, result.Placement);
        Assert.Equal(0.0, result.Chi);
        Assert.Empty(result.Migrations);
        Assert.Equal(0.0, result.ReconfigurationSeconds);
        Assert.Equal(123, result.MovesEvaluated);
    }

    [Fact]
    public void Greedy_BudgetRunsOutWithinAStep_StillAppliesTheBestMoveFound()
    {
        // The first step has more candidate moves than 50 (the hot VM holds about a quarter of the 100 vnodes, each
        // tried on several VMs), so the budget ends inside it; the best chi-lowering move found must not be lost.
        var (after, start) = GreedyInstance();

        var candidate = new GreedyStrategy().Search(new ReplacementRequest(Model, after, start, Objective, new MoveCountBudget(50), new ThrowingRandom()));

        Assert.Equal(50, candidate.MovesUsed);
        Assert.True(RawChi(after, start, candidate.Placement) < 0);
        Assert.Equal(1, Enumerable.Range(0, start.Count).Count(v => start[v] != candidate.Placement[v]));
    }

    [Fact]
    public void ReplacementSearch_Cleanup_NeverRaisesChiAndCutsMigrations()
    {
        // With the cleanup off the strategy gets the whole budget; with it on, 90% and the cleanup the rest. Compare
        // the cleanup against the same 90% search without it.
        var budget = new MoveCountBudget(20_000);
        var strategy = new AnnealingStrategy(new AnnealerOptions());
        var with = new ReplacementSearch(Model, strategy, cleanup: true).Run(SinkB, ForA, Objective, budget, new Xoshiro256StarStarRandom(8));
        var without = new ReplacementSearch(Model, strategy, cleanup: false)
            .Run(SinkB, ForA, Objective, budget.Part(ReplacementSearch.StrategyShare), new Xoshiro256StarStarRandom(8));

        Assert.True(with.Chi <= without.Chi, $"with cleanup {with.Chi}, without {without.Chi}");
        Assert.True(with.Migrations.Count < without.Migrations.Count, $"with cleanup {with.Migrations.Count}, without {without.Migrations.Count}");
        Assert.True(with.MovesEvaluated > without.MovesEvaluated);
        Assert.InRange(with.MovesEvaluated, 0, 20_000);
    }

    private static (Load After, Placement Start) GreedyInstance()
    {
        var before = RandomInstances.GridSinkLoad(10, 10, 0, 300, Cost, out var graph);
        var after = RandomInstances.SinkTreeLoad(graph, 99, 300, Cost);
        var start = new InitialPlacer(Shape, Cost, new InitialPlacerOptions { MovesPerVnode = 300 }).Place(before, new Xoshiro256StarStarRandom(3)).Placement;
        return (after, start);
    }

    private static double RawChi(Load load, Placement start, Placement candidate) => ExactChi.Of(Model, Objective, load, start, candidate);

    private static IReplacementStrategy Create(string name) => name switch
    {
        "annealing" => new AnnealingStrategy(new AnnealerOptions()),
        "annealing+fresh" => new AnnealingFreshStrategy(new AnnealerOptions()),
        "greedy" => new GreedyStrategy(),
        _ => new StaticStrategy(),
    };

    private sealed class ThrowingRandom : IRandomSource
    {
        public double NextDouble() => throw new InvalidOperationException("drew a number");

        public int NextInt(int maxExclusive) => throw new InvalidOperationException("drew a number");

        public ulong NextUInt64() => throw new InvalidOperationException("drew a number");
    }
}
