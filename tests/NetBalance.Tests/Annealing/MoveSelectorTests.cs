using NetBalance.Tests.Support;

namespace NetBalance.Tests.Annealing;

public sealed class MoveSelectorTests
{
    [Fact]
    public void BoundaryMoves_TakeANeighbourOfTheHotVmToAnotherVmOfItsNode()
    {
        // 4 nodes x 4 CPUs, 120 vnodes on random VMs: with HotBoundaryProbability 1 most proposals move a neighbour (on
        // another VM) of a vnode of the most loaded VM to another VM of that VM's node (the others found no such
        // neighbour and fell back to the usual mix); without the option such moves are rare.
        Assert.InRange(BoundaryMoves(1), 1000, 2000);
        Assert.InRange(BoundaryMoves(0), 0, 200);
    }

    private static int BoundaryMoves(double probability)
    {
        var random = new Xoshiro256StarStarRandom(5);
        var shape = new TestbedShape(4, 4);
        var graph = RandomInstances.ConnectedGraph(120, 120, random);
        var load = RandomInstances.RandomLoad(graph, random, 1000);
        var start = RandomInstances.RandomPlacement(120, shape.VmCount, random);
        var evaluator = new IncrementalEvaluator(new EvaluatorTables(shape, load, new TestbedCostOptions(), null), start, ChiObjective.TauOnly, 0);
        var selector = new MoveSelector(evaluator, random, new AnnealerOptions { HotBoundaryProbability = probability });
        var boundaryMoves = 0;

        for (var step = 0; step < 2000; step++)
        {
            var hot = evaluator.MostLoadedVm;
            selector.Propose();
            var v = selector.First;
            var from = evaluator.VmOf(v);
            var isBoundary = from != hot && Enumerable.Range(0, evaluator.Members.Count(hot)).Any(i => graph.NeighboursOf(evaluator.Members.Member(hot, i)).Contains(v))
                && selector.FirstTo / 4 == hot / 4 && selector.FirstTo != hot && selector.Second < 0;
            boundaryMoves += isBoundary ? 1 : 0;
            if (step % 3 == 0)
            {
                evaluator.Commit();
            }
        }

        return boundaryMoves;
    }

    [Fact]
    public void BoundaryProbabilityZero_DrawsAsBefore()
    {
        // The option at 0 draws nothing extra: the same seed proposes the same sequence with or without it set.
        var first = Proposals(new AnnealerOptions());
        var second = Proposals(new AnnealerOptions { HotBoundaryProbability = 0 });

        Assert.Equal(first, second);
        Assert.NotEqual(first, Proposals(new AnnealerOptions { HotBoundaryProbability = 0.5 }));
    }

    private static List<(int, int, int)> Proposals(AnnealerOptions options)
    {
        var random = new Xoshiro256StarStarRandom(9);
        var shape = new TestbedShape(2, 4);
        var graph = RandomInstances.ConnectedGraph(40, 30, random);
        var load = RandomInstances.RandomLoad(graph, random, 1000);
        var start = RandomInstances.RandomPlacement(40, shape.VmCount, random);
        var evaluator = new IncrementalEvaluator(new EvaluatorTables(shape, load, new TestbedCostOptions(), null), start, ChiObjective.TauOnly, 0);
        var selector = new MoveSelector(evaluator, random, options);
        var seen = new List<(int, int, int)>();
        for (var step = 0; step < 200; step++)
        {
            selector.Propose();
            seen.Add((selector.First, selector.FirstTo, selector.Second));
        }

        return seen;
    }
}
