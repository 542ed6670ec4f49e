using NetBalanceSim.Experiments.Sensitivity;

namespace NetBalanceSim.Experiments.Tests.Sensitivity;

/// <summary>Elementary effects, mu*, mu and sigma on functions whose effects are known by hand.</summary>
public sealed class MorrisEffectsTests
{
    private static readonly string[] Three = ["a", "b", "c"];

    private static List<MorrisRun> Run(MorrisDesign design, Func<IReadOnlyList<double>, double> f) =>
        [.. design.Trajectories.Select(t => new MorrisRun(t.Steps, [.. t.Points.Select(f)]))];

    [Fact]
    public void HandWorkedRuns_GiveTheirEffects()
    {
        // Run 1: a up (1 -> 3), then b down (3 -> 2); run 2: b up (0 -> 1), then a down (1 -> 3); delta 0.5.
        MorrisRun[] runs =
        [
            new([new MorrisStep(0, 1), new MorrisStep(1, -1)], [1, 3, 2]),
            new([new MorrisStep(1, 1), new MorrisStep(0, -1)], [0, 1, 3]),
        ];

        var effects = MorrisEffects.Elementary(2, runs, 0.5);
        var indices = MorrisEffects.Indices(["a", "b"], runs, 0.5);

        Assert.Equal([4.0, -4.0], effects[0]); // (3 - 1) / 0.5; -(3 - 1) / 0.5
        Assert.Equal([2.0, 2.0], effects[1]);  // -(2 - 3) / 0.5; (1 - 0) / 0.5
        var a = indices.Single(i => i.Factor == "a");
        var b = indices.Single(i => i.Factor == "b");
        Assert.Equal((4.0, 0.0, Math.Sqrt(32), 1), (a.MuStar, a.Mu, a.Sigma, a.Rank));
        Assert.Equal((2.0, 2.0, 0.0, 2), (b.MuStar, b.Mu, b.Sigma, b.Rank));
    }

    [Fact]
    public void LinearFunction_EveryEffectIsItsCoefficient_SigmaZero_RankedByAbsoluteValue()
    {
        double[] a = [2, -3, 0.5];
        var design = MorrisDesign.Generate(3, 12, 4, seed: 5);

        var runs = Run(design, x => (a[0] * x[0]) + (a[1] * x[1]) + (a[2] * x[2]));
        var effects = MorrisEffects.Elementary(3, runs, design.Delta);
        var indices = MorrisEffects.Indices(Three, runs, design.Delta);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(12, effects[i].Count);
            Assert.All(effects[i], ee => Assert.Equal(a[i], ee, 10));
        }
        Assert.Equal(["b", "a", "c"], indices.Select(m => m.Factor));
        Assert.Equal([3.0, 2.0, 0.5], indices.Select(m => Math.Round(m.MuStar, 10)));
        Assert.Equal([-3.0, 2.0, 0.5], indices.Select(m => Math.Round(m.Mu, 10)));
        Assert.All(indices, m => Assert.Equal(0, m.Sigma, 10));
        Assert.Equal([1, 2, 3], indices.Select(m => m.Rank));
    }

    [Fact]
    public void InteractionAndCurvature_GiveSigmaAboveZero_AnInertFactorNone()
    {
        var design = MorrisDesign.Generate(3, 30, 4, seed: 11);

        // a and b interact; c enters squared (its effect 2c + delta depends on where the step starts).
        var indices = MorrisEffects.Indices(Three, Run(design, x => (x[0] * x[1]) + (x[2] * x[2])), design.Delta);

        Assert.All(indices, m => Assert.True(m.Sigma > 0.05, $"{m.Factor}: sigma {m.Sigma}"));
        var inert = MorrisEffects.Indices(Three, Run(design, x => 4 * x[0]), design.Delta);
        Assert.Equal(0, inert.Single(m => m.Factor == "b").MuStar);
        Assert.Equal(0, inert.Single(m => m.Factor == "c").Sigma);
    }

    [Fact]
    public void MuStar_SeesEffectsOfOppositeSign_ThatCancelInMu()
    {
        // y = (x - 0.5)^2 with p = 2 goes 0.25 -> 0.25: no effect; with p = 4 steps 0 <-> 2/3 and 1/3 <-> 1 give +-1/3.
        var design = MorrisDesign.Generate(1, 40, 4, seed: 2);

        var index = MorrisEffects.Indices(["x"], Run(design, x => (x[0] - 0.5) * (x[0] - 0.5)), design.Delta).Single();

        Assert.Equal(1.0 / 3, index.MuStar, 10);
        Assert.True(Math.Abs(index.Mu) < index.MuStar);
    }

    [Fact]
    public void OutputsNotMatchingTheSteps_AreRefused() =>
        Assert.Throws<ArgumentException>(() => MorrisEffects.Elementary(1, [new MorrisRun([new MorrisStep(0, 1)], [1.0])], 0.5));
}
