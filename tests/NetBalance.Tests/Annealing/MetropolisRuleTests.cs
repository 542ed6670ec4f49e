using NetBalance.Tests.Support;

namespace NetBalance.Tests.Annealing;

public sealed class MetropolisRuleTests
{
    [Fact]
    public void Accepts_WorseMoveWithDrawAboveThreshold_Rejects()
    {
        // delta = 1, T = 1: threshold exp(-1) = 0.3679; u = 0.5 is above it.
        Assert.False(MetropolisRule.Accepts(1.0, 1.0, new ScriptedRandom(0.5)));
    }

    [Fact]
    public void Accepts_WorseMoveWithDrawBelowThreshold_Accepts()
    {
        Assert.True(MetropolisRule.Accepts(1.0, 1.0, new ScriptedRandom(0.3)));
    }

    [Fact]
    public void Accepts_Improvement_AcceptsWithoutDrawing()
    {
        var random = new ScriptedRandom();

        Assert.True(MetropolisRule.Accepts(-0.1, 1.0, random));
        Assert.Equal(0, random.Draws);
    }

    [Fact]
    public void Accepts_ManyWorseMoves_RejectsAboutOneMinusExpOfMinusDeltaOverT()
    {
        // Expected rejection 1 - exp(-1) = 0.632 of 10,000: sd = 4.8 %o, so 0.60 .. 0.66 is > 6 sd wide.
        var random = new Xoshiro256StarStarRandom(3);
        var rejected = Enumerable.Range(0, 10_000).Count(_ => !MetropolisRule.Accepts(1.0, 1.0, random));

        Assert.InRange(rejected / 10_000.0, 0.60, 0.66);
    }
}
