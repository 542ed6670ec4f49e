namespace NetBalance.Tests.Annealing;

public sealed class MaxTreeTests
{
    [Fact]
    public void ArgMax_TiesGoToTheLowerIndex()
    {
        // Values 3, 7, 7, 1, 7: the largest is 7, first at index 1.
        var values = new double[] { 3, 7, 7, 1, 7 };
        var tree = new MaxTree(values);

        Assert.Equal(1, tree.ArgMax);
    }

    [Fact]
    public void Update_LeaderFalls_NextLargestLeads()
    {
        var values = new double[] { 3, 7, 5, 1, 6 };
        var tree = new MaxTree(values);

        values[1] = 2; // 3, 2, 5, 1, 6: index 4 leads
        tree.Update(1);
        Assert.Equal(4, tree.ArgMax);
        values[0] = 6; // 6, 2, 5, 1, 6: a tie, index 0 leads
        tree.Update(0);
        Assert.Equal(0, tree.ArgMax);
    }

    [Fact]
    public void ArgMaxExcluding_SkipsStampedIndices()
    {
        // 9 (stamped), 8 (stamped), 4, 8: the best unstamped is index 3 (8); with index 3 stamped too, index 2 (4).
        var values = new double[] { 9, 8, 4, 8 };
        var stamps = new int[] { 5, 5, 0, 0 };
        var tree = new MaxTree(values);

        Assert.Equal(3, tree.ArgMaxExcluding(stamps, 5));
        stamps[3] = 5;
        Assert.Equal(2, tree.ArgMaxExcluding(stamps, 5));
        stamps[2] = 5;
        Assert.Equal(-1, tree.ArgMaxExcluding(stamps, 5));
        Assert.Equal(0, tree.ArgMaxExcluding(stamps, 6));
    }

    [Fact]
    public void ArgMaxExcluding_WithAFloor_ReturnsOnlyWhatBeatsIt()
    {
        // 9 (stamped), 8 (stamped), 4, 8: the best unstamped is index 3 (8).
        var values = new double[] { 9, 8, 4, 8 };
        var stamps = new int[] { 5, 5, 0, 0 };
        var tree = new MaxTree(values);

        Assert.Equal(3, tree.ArgMaxExcluding(stamps, 5, 7.5, 0)); // 8 > 7.5
        Assert.Equal(-1, tree.ArgMaxExcluding(stamps, 5, 8.5, 0)); // nothing unstamped reaches 8.5
        Assert.Equal(3, tree.ArgMaxExcluding(stamps, 5, 8, 4)); // a tie at 8: index 3 is lower than 4
        Assert.Equal(-1, tree.ArgMaxExcluding(stamps, 5, 8, 1)); // a tie at 8: index 1 is lower than 3
        Assert.Equal(-1, tree.ArgMaxExcluding(stamps, 6, 9, 0)); // unstamped leader 9 at index 0 does not beat (9, 0)
        Assert.Equal(0, tree.ArgMaxExcluding(stamps, 6, 9, 1));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(37)]
    [InlineData(64)]
    [InlineData(1000)]
    public void RandomUpdatesAndExclusions_MatchAScan(int count)
    {
        // Few distinct values, so ties are common.
        var random = new Xoshiro256StarStarRandom(7);
        var values = Enumerable.Range(0, count).Select(_ => (double)random.NextInt(20)).ToArray();
        var stamps = new int[count];
        var tree = new MaxTree(values);
        for (var step = 1; step <= 3000; step++)
        {
            var i = random.NextInt(count);
            values[i] = random.NextInt(20);
            tree.Update(i);
            for (var k = random.NextInt(Math.Min(count, 6)); k >= 0; k--)
            {
                stamps[random.NextDouble() < 0.5 ? tree.ArgMax : random.NextInt(count)] = step;
            }

            Assert.Equal(ScanArgMax(values, stamps, -1), tree.ArgMax);
            var expected = ScanArgMax(values, stamps, step);
            Assert.Equal(expected, tree.ArgMaxExcluding(stamps, step));

            // A floor drawn among the values: the answer is the scan's, or -1 when the scan's does not beat the floor.
            var floorValue = random.NextInt(21) - 0.5 * random.NextInt(2);
            var floorIndex = random.NextInt(count + 1);
            var beats = expected >= 0 && (values[expected] > floorValue || (values[expected] == floorValue && expected < floorIndex));
            Assert.Equal(beats ? expected : -1, tree.ArgMaxExcluding(stamps, step, floorValue, floorIndex));
        }
    }

    private static int ScanArgMax(double[] values, int[] stamps, int excluded)
    {
        var best = -1;
        for (var i = 0; i < values.Length; i++)
        {
            if (stamps[i] != excluded && (best < 0 || values[i] > values[best]))
            {
                best = i;
            }
        }

        return best;
    }
}
