using NetBalanceSim.Kernel;
using NetBalanceSim.Testbed;

namespace NetBalanceSim.Testbed.Tests.Workload;

public sealed class SinkSequenceTests
{
    [Fact]
    public void Draw_ManyChanges_NeverRepeatsASinkTwiceInARow()
    {
        var sinks = SinkSequence.Draw(vertexCount: 3, changes: 5000, new RandomStream(1));

        Assert.Equal(5001, sinks.Length);
        for (var k = 1; k < sinks.Length; k++)
        {
            Assert.NotEqual(sinks[k - 1], sinks[k]);
        }
    }

    [Fact]
    public void Draw_ManyChanges_IsUniformOverTheOtherVertices()
    {
        // After sink s, each of the other 3 vertices has probability 1/3. Chi-square over the 4 x 3 transitions
        // (8 degrees of freedom): the 99.9% quantile is 26.12.
        var sinks = SinkSequence.Draw(vertexCount: 4, changes: 60_000, new RandomStream(2));
        var counts = new int[4, 4];
        for (var k = 1; k < sinks.Length; k++)
        {
            counts[sinks[k - 1], sinks[k]]++;
        }
        var chiSquare = 0.0;
        for (var from = 0; from < 4; from++)
        {
            var row = Enumerable.Range(0, 4).Sum(to => counts[from, to]);
            for (var to = 0; to < 4; to++)
            {
                if (to != from)
                {
                    var expected = row / 3.0;
                    chiSquare += (counts[from, to] - expected) * (counts[from, to] - expected) / expected;
                }
            }
        }

        Assert.True(chiSquare < 26.12, $"chi-square {chiSquare}");
    }

    [Fact]
    public void Draw_SameStreamSeed_GivesTheSameSinks()
    {
        var first = SinkSequence.Draw(1600, 15, new RandomStreams(9).Stream("sinks"));
        var second = SinkSequence.Draw(1600, 15, new RandomStreams(9).Stream("sinks"));

        Assert.Equal(first, second);
        Assert.All(first, s => Assert.InRange(s, 0, 1599));
    }

    [Fact]
    public void Draw_ChangesOnASingleVnode_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SinkSequence.Draw(1, 1, new RandomStream(0)));
        Assert.Equal([0], SinkSequence.Draw(1, 0, new RandomStream(0)));
    }
}
