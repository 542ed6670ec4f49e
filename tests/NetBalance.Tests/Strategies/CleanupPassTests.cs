using NetBalance.Tests.Support;

namespace NetBalance.Tests.Strategies;

public sealed class CleanupPassTests
{
    // Three vnodes without links on one node of 2 CPUs: A and B forward 10 Gbit/s each
    // (cpu = 0.001 + 0.10 x 10 = 1.001), C is idle (cpu = 0.001).
    private static readonly TestbedShape Shape = new(1, 2);
    private static readonly TestbedCostOptions Cost = new();
    private static readonly MigrationCostOptions Migration = new();
    private static readonly PlacementModel Model = new(Shape, Cost, Migration);
    private static readonly ChiObjective Objective = new() { TpSeconds = 10, ToSeconds = 1 };
    private static readonly Load Load = Load.FromTraffic(VnodeGraph.FromEdges(3, []), Cost, [5000, 5000, 0], [5000, 5000, 0], []);
    private static readonly Placement Current = new([0, 0, 0]);
    private static readonly Placement Candidate = new([0, 1, 1]);

    [Fact]
    public void Run_HandBuiltCase_ReturnsTheMigrationThatDoesNotPayAndKeepsTheOneThatDoes()
    {
        // phi: all on VM 0, tau = 2.003. phi': B and C on VM 1, D = (1.001, 1.002), tau = 1.002.
        // Moving B back raises tau to 2.002: it stays. Moving C back gives D = (1.002, 1.001): tau stays 1.002 and Tr falls.
        var result = CleanupPass.Run(Model, Load, Current, Candidate, Objective, moveLimit: 100);

        Assert.Equal(new Placement([0, 1, 0]), result.Placement);
        Assert.Equal(1, result.VnodesReturned);
        Assert.Equal(3, result.MovesEvaluated); // pass 1: B (kept away), C (returned); pass 2: B again.
    }

    [Fact]
    public void Run_HandBuiltCase_LowersChiByTheSavedMigration()
    {
        // Same node: state 19.5 ms/MB x 10 MB = 195 ms, reattach 200 ms, suspend 6 ms and resume 3.5 ms per vnode.
        // Before: VM 0 = 3 x 6 + 2 x 195 + 3.5 = 411.5 ms; VM 1 = 2 x 3.5 + 2 x (195 + 200) = 797 ms: Tr = 0.797 s.
        // After:  VM 0 = 18 + 195 + 2 x 3.5 = 220 ms;     VM 1 = 3.5 + 395 = 398.5 ms:             Tr = 0.3985 s.
        // chi = 9 x (1.002 - 2.003) + Tr: -8.212 before, -8.6105 after.
        var before = ReplacementResult.Evaluate(Model, Load, Current, Candidate, Objective, 0);
        var cleaned = CleanupPass.Run(Model, Load, Current, Candidate, Objective, moveLimit: 100);
        var after = ReplacementResult.Evaluate(Model, Load, Current, cleaned.Placement, Objective, 0);

        Assert.Equal(0.797, before.ReconfigurationSeconds, 12);
        Assert.Equal(-8.212, before.Chi, 9);
        Assert.Equal(0.3985, after.ReconfigurationSeconds, 12);
        Assert.Equal(-8.6105, after.Chi, 9);
    }

    [Fact]
    public void Run_MoveLimitReached_StopsThere()
    {
        var result = CleanupPass.Run(Model, Load, Current, Candidate, Objective, moveLimit: 1);

        Assert.Equal(1, result.MovesEvaluated);
        Assert.Equal(Candidate, result.Placement); // only B was tried, and it stays
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Run_RandomCandidates_NeverRaisesChiAndLeavesNoFreeReturn(int seed)
    {
        var random = new Xoshiro256StarStarRandom((ulong)seed);
        var shape = new TestbedShape(2, 3);
        var model = new PlacementModel(shape, Cost, Migration);
        var graph = RandomInstances.ConnectedGraph(40, 30, random);
        var load = RandomInstances.RandomLoad(graph, random, 2000);
        var current = RandomInstances.RandomPlacement(40, shape.VmCount, random);
        var candidate = RandomInstances.RandomPlacement(40, shape.VmCount, random);

        var cleaned = CleanupPass.Run(model, load, current, candidate, Objective, long.MaxValue);

        var chiBefore = Chi(model, load, current, candidate);
        var chiAfter = Chi(model, load, current, cleaned.Placement);
        Assert.True(chiAfter <= chiBefore + 1e-9, $"chi rose from {chiBefore} to {chiAfter}");
        for (var v = 0; v < 40; v++)
        {
            if (cleaned.Placement[v] == current[v])
            {
                continue;
            }

            // Every vnode still away must pay for its migration: bringing it home would raise chi (strictly: a return
            // that leaves chi equal is made).
            var home = cleaned.Placement.ToArray();
            home[v] = current[v];
            Assert.True(Chi(model, load, current, new Placement(home)) > chiAfter);
        }
    }

    private static double Chi(PlacementModel model, Load load, Placement current, Placement candidate) =>
        ExactChi.Of(model, Objective, load, current, candidate);
}
