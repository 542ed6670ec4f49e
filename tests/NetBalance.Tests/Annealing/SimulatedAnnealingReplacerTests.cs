using NetBalance.Tests.Support;

namespace NetBalance.Tests.Annealing;

public sealed class SimulatedAnnealingReplacerTests
{
    private const int Seed = 42;
    private static readonly TestbedShape Shape = new(2, 2);
    private static readonly TestbedCostOptions Cost = new();
    private static readonly ChiObjective Objective = new() { TpSeconds = 10, ToSeconds = 1 };

    [Fact]
    public void Replace_BudgetZero_ReturnsStart()
    {
        var (load, start) = TinyInstance();

        var result = Replacer().Replace(load, start, Objective, new MoveCountBudget(0), new Xoshiro256StarStarRandom(Seed));

        Assert.Equal(start, result.Placement);
        Assert.Equal(0.0, result.Chi);
        Assert.Equal(0, result.MovesEvaluated);
        Assert.Empty(result.Migrations);
    }

    [Theory]
    [InlineData(double.PositiveInfinity, ChiFormula.Literal)]
    [InlineData(double.PositiveInfinity, ChiFormula.UnitConsistent)]
    [InlineData(4000, ChiFormula.Literal)]
    public void Replace_TinyInstance_FindsBruteForceOptimum(double nicMbps, ChiFormula formula)
    {
        // 7 vnodes on 4 VMs: 4^7 = 16,384 placements, all scored with the full cost models.
        var cost = Cost with { NicMbps = nicMbps };
        var objective = Objective with { Formula = formula };
        var (load, start) = TinyInstance();
        var optimum = BruteForceMinChi(load, start, cost, objective);
        var replacer = new SimulatedAnnealingReplacer(Shape, cost, new MigrationCostOptions(), new AnnealerOptions());

        var result = replacer.Replace(load, start, objective, new MoveCountBudget(50_000), new Xoshiro256StarStarRandom(Seed));

        Assert.True(optimum < -1, $"the instance should reward re-placement (optimum chi {optimum})");
        Assert.Equal(optimum, result.Chi, 9);
    }

    [Fact]
    public void Replace_TinyInstanceTauOnly_FindsBruteForceMinimumTau()
    {
        var (load, start) = TinyInstance();
        var testbed = new TestbedCostModel(Shape, Cost);
        var minimum = AllPlacements(load.VnodeCount).Min(p => testbed.Tau(load, p));

        var result = Replacer().Replace(load, start, ChiObjective.TauOnly, new MoveCountBudget(50_000), new Xoshiro256StarStarRandom(Seed));

        Assert.Equal(minimum, result.Tau, 9);
    }

    [Fact]
    public void Replace_OptimalStart_ReturnsStartUnchanged()
    {
        // Everything already optimal: every move costs Tr > 0 for no gain, so chi stays 0 and phi is kept.
        var (load, _) = TinyInstance();
        var optimal = Replacer().Replace(load, new Placement(new int[7]), ChiObjective.TauOnly, new MoveCountBudget(50_000), new Xoshiro256StarStarRandom(Seed)).Placement;

        var result = Replacer().Replace(load, optimal, Objective, new MoveCountBudget(20_000), new Xoshiro256StarStarRandom(Seed + 1));

        Assert.Equal(optimal, result.Placement);
        Assert.Equal(0.0, result.Chi);
    }

    [Fact]
    public void Replace_SameSeedTwice_GivesSamePlacement()
    {
        var random = new Xoshiro256StarStarRandom(Seed);
        var graph = RandomInstances.ConnectedGraph(200, 150, random);
        var load = RandomInstances.RandomLoad(graph, random, 2000);
        var start = RandomInstances.RandomPlacement(200, Shape.VmCount, random);

        var first = Replacer().Replace(load, start, Objective, new MoveCountBudget(30_000), new Xoshiro256StarStarRandom(9));
        var second = Replacer().Replace(load, start, Objective, new MoveCountBudget(30_000), new Xoshiro256StarStarRandom(9));

        Assert.Equal(first.Placement, second.Placement);
        Assert.Equal(30_000, first.MovesEvaluated);
        Assert.True(first.Chi < 0);
    }

    [Fact]
    public void Replace_ResultFigures_MatchFullCostModels()
    {
        var random = new Xoshiro256StarStarRandom(Seed);
        var graph = RandomInstances.ConnectedGraph(100, 80, random);
        var load = RandomInstances.RandomLoad(graph, random, 3000);
        var start = RandomInstances.RandomPlacement(100, Shape.VmCount, random);

        var result = Replacer().Replace(load, start, Objective, new MoveCountBudget(20_000), new Xoshiro256StarStarRandom(5));

        var tau = new TestbedCostModel(Shape, Cost).Tau(load, result.Placement);
        var tr = new MigrationCostModel(Shape, new MigrationCostOptions()).ReconfigurationSeconds(start, result.Placement);
        Assert.Equal(tau, result.Tau, 12);
        Assert.Equal(tr, result.ReconfigurationSeconds, 12);
        Assert.Equal((9 * (tau - result.TauStart)) + tr, result.Chi, 9);
    }

    private static SimulatedAnnealingReplacer Replacer() => new(Shape, Cost, new MigrationCostOptions(), new AnnealerOptions());

    private static (Load Load, Placement Start) TinyInstance()
    {
        // A 7-vnode sink tree (sink 0) at 2,000 Mbit/s per source, all piled on VM 0: tau is high.
        var graph = VnodeGraph.FromEdges(7, [(0, 1), (0, 2), (1, 3), (1, 4), (2, 5), (2, 6), (3, 4)]);
        var load = RandomInstances.SinkTreeLoad(graph, 0, 2000, Cost);
        return (load, new Placement([0, 0, 0, 0, 0, 0, 0]));
    }

    private static double BruteForceMinChi(Load load, Placement start, TestbedCostOptions cost, ChiObjective objective)
    {
        var testbed = new TestbedCostModel(Shape, cost);
        var migration = new MigrationCostModel(Shape, new MigrationCostOptions());
        var tauStart = testbed.Tau(load, start);
        return AllPlacements(load.VnodeCount)
            .Min(p => objective.Chi(tauStart, testbed.Tau(load, p), migration.ReconfigurationSeconds(start, p)));
    }

    private static IEnumerable<Placement> AllPlacements(int n)
    {
        var total = (int)Math.Pow(Shape.VmCount, n);
        for (var code = 0; code < total; code++)
        {
            var vms = new int[n];
            var rest = code;
            for (var v = 0; v < n; v++)
            {
                vms[v] = rest % Shape.VmCount;
                rest /= Shape.VmCount;
            }

            yield return new Placement(vms);
        }
    }
}
