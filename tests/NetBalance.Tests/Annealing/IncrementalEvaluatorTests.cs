using NetBalance.Tests.Support;

namespace NetBalance.Tests.Annealing;

public sealed class IncrementalEvaluatorTests
{
    private const int Seed = 42;
    private const double Tolerance = 1e-9;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Proposals_ThousandsOfRandomMovesAndSwaps_MatchFullRecomputation(bool nicTerm)
    {
        var random = new Xoshiro256StarStarRandom(Seed);
        var shape = new TestbedShape(3, 2);
        var cost = new TestbedCostOptions { NicMbps = nicTerm ? 2000 : double.PositiveInfinity };
        var graph = RandomInstances.ConnectedGraph(40, 50, random);
        var load = RandomInstances.RandomLoad(graph, random, 3000);
        var start = RandomInstances.RandomPlacement(40, shape.VmCount, random);
        var objective = new ChiObjective { TpSeconds = 10, ToSeconds = 1 };
        var evaluator = new IncrementalEvaluator(new EvaluatorTables(shape, load, cost, new MigrationCostOptions()), start, objective, 0.25);
        var oracle = new Oracle(shape, load, cost, start, objective, 0.25);

        for (var step = 0; step < 5000; step++)
        {
            var candidate = evaluator.ToPlacement().ToArray();
            var delta = ProposeRandom(evaluator, candidate, random, shape.VmCount);

            var (chi, energy) = oracle.Evaluate(new Placement(candidate));
            Assert.Equal(chi, evaluator.PendingChi, Tolerance);
            Assert.Equal(energy - oracle.Evaluate(evaluator.ToPlacement()).Energy, delta, Tolerance);
            if (random.NextDouble() < 0.5)
            {
                evaluator.Commit();
                Assert.Equal(chi, evaluator.Chi, Tolerance);
            }
        }

        Assert.Equal(oracle.Evaluate(evaluator.ToPlacement()).Chi, evaluator.Chi, Tolerance);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Trees_GiveTheSameBitsAsScans(bool nicTerm)
    {
        // 32 x 8 = 256 VMs and 300 vnodes, so many VMs are empty and maxima tie often; the walk commits most proposals
        // and often moves vnodes off the most loaded VM, the case where the maximum must be found again.
        var random = new Xoshiro256StarStarRandom(Seed);
        var shape = new TestbedShape(32, 8);
        var cost = new TestbedCostOptions { NicMbps = nicTerm ? 2000 : double.PositiveInfinity };
        var graph = RandomInstances.ConnectedGraph(300, 450, random);
        var load = RandomInstances.RandomLoad(graph, random, 3000);
        var start = RandomInstances.RandomPlacement(300, 40, random);
        var tables = new EvaluatorTables(shape, load, cost, new MigrationCostOptions());
        var objective = new ChiObjective { TpSeconds = 10, ToSeconds = 1 };
        var scanned = new IncrementalEvaluator(tables, start, start, objective, 0.25, useTrees: false);
        var treed = new IncrementalEvaluator(tables, start, start, objective, 0.25, useTrees: true);

        for (var step = 0; step < 20_000; step++)
        {
            var hot = random.NextDouble() < 0.5;
            var members = scanned.Members;
            var vnode = hot && members.Count(scanned.MostLoadedVm) > 0
                ? members.Member(scanned.MostLoadedVm, random.NextInt(members.Count(scanned.MostLoadedVm)))
                : random.NextInt(300);
            var to = random.NextInt(shape.VmCount);
            if (to == scanned.VmOf(vnode))
            {
                continue;
            }

            Assert.Equal(scanned.ProposeMove(vnode, to), treed.ProposeMove(vnode, to));
            Assert.Equal(scanned.PendingChi, treed.PendingChi);
            if (random.NextDouble() < 0.7)
            {
                scanned.Commit();
                treed.Commit();
                Assert.Equal(scanned.MostLoadedVm, treed.MostLoadedVm);
                Assert.Equal(scanned.Energy, treed.Energy);
            }
        }

        Assert.Equal(scanned.CurrentVms.ToArray(), treed.CurrentVms.ToArray());
    }

    [Fact]
    public void Commit_MoveThenMoveBack_CancelsMigration()
    {
        // Vnode 0 leaves VM 0 and comes back: no migration is left, Tr is 0 and chi is 0 again.
        var evaluator = TwoVnodeEvaluator();

        evaluator.ProposeMove(0, 1);
        evaluator.Commit();
        Assert.Equal(1, evaluator.MigrationCount);
        Assert.True(evaluator.ReconfigurationSeconds > 0.395);
        evaluator.ProposeMove(0, 0);
        evaluator.Commit();

        Assert.Equal(0, evaluator.MigrationCount);
        Assert.Equal(0.0, evaluator.ReconfigurationSeconds);
        Assert.Equal(0.0, evaluator.Chi, 12);
    }

    [Fact]
    public void ProposeMove_WithinNode_GivesHandWorkedChi()
    {
        // Start: both vnodes on VM 0, tau = 2.002. Moving vnode 1 to VM 1: tau = 3.001 (see
        // TestbedCostModelTests). Tr: VM 1 gets 0 x 6 ms + 195 ms + 200 ms + 1 x 3.5 ms = 398.5 ms,
        // VM 0 gets 2 x 6 + 195 + 1 x 3.5 = 210.5 ms. chi = 9 x (3.001 - 2.002) + 0.3985 = 9.3895.
        var evaluator = TwoVnodeEvaluator();

        evaluator.ProposeMove(1, 1);

        Assert.Equal(9.3895, evaluator.PendingChi, 12);
    }

    private static IncrementalEvaluator TwoVnodeEvaluator()
    {
        var cost = new TestbedCostOptions();
        var tables = new EvaluatorTables(TwoVnodeFixture.Shape, TwoVnodeFixture.MakeLoad(cost), cost, new MigrationCostOptions());
        return new IncrementalEvaluator(tables, new Placement([0, 0]), new ChiObjective(), 0);
    }

    private static double ProposeRandom(IncrementalEvaluator evaluator, int[] candidate, Xoshiro256StarStarRandom random, int vmCount)
    {
        var n = candidate.Length;
        var u = random.NextInt(n);
        if (random.NextDouble() < 0.3)
        {
            var v = random.NextInt(n);
            if (candidate[u] != candidate[v])
            {
                (candidate[u], candidate[v]) = (candidate[v], candidate[u]);
                return evaluator.ProposeSwap(u, v);
            }
        }

        var to = (candidate[u] + 1 + random.NextInt(vmCount - 1)) % vmCount;
        candidate[u] = to;
        return evaluator.ProposeMove(u, to);
    }

    /// <summary>Chi and energy from the full cost models, the definitions the evaluator must match.</summary>
    private sealed class Oracle(TestbedShape shape, Load load, TestbedCostOptions cost, Placement origin, ChiObjective objective, double balanceWeight)
    {
        private readonly TestbedCostModel testbed = new(shape, cost);
        private readonly MigrationCostModel migration = new(shape, new MigrationCostOptions());
        private readonly double tauStart = new TestbedCostModel(shape, cost).Tau(load, origin);

        public (double Chi, double Energy) Evaluate(Placement placement)
        {
            var tau = testbed.Tau(load, placement);
            var tr = migration.Plan(origin, placement).ReconfigurationSeconds;
            var window = objective.WindowSeconds(tauStart);
            var rms = Math.Sqrt(testbed.VmDemand(load, placement).Sum(d => d * d) / shape.VmCount) / cost.Rho;
            return (objective.Chi(tauStart, tau, tr), (window * (tau + (balanceWeight * rms))) + tr);
        }
    }
}
