namespace NetBalance.Tests.Annealing;

public sealed class BestPlacementTrackerTests
{
    [Fact]
    public void Best_AfterManyRecordsBeyondCapacity_EqualsPlacementAtLastMark()
    {
        // 4 vnodes: the journal holds 2 x 4 + 1,024 entries, so 5,000 records force folds and overflows.
        var random = new Xoshiro256StarStarRandom(11);
        var current = new int[4];
        var tracker = new BestPlacementTracker(new Placement(current));
        var expected = (int[])current.Clone();

        for (var step = 0; step < 5000; step++)
        {
            var v = random.NextInt(4);
            current[v] = random.NextInt(3);
            tracker.Record(v, current[v]);
            if (random.NextDouble() < (step < 2500 ? 0.01 : 0.0005))
            {
                tracker.MarkBest(current);
                expected = (int[])current.Clone();
            }
        }

        Assert.Equal(expected, tracker.Best().ToArray());
    }
}
