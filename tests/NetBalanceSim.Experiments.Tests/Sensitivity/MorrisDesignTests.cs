using NetBalanceSim.Experiments.Sensitivity;

namespace NetBalanceSim.Experiments.Tests.Sensitivity;

/// <summary>Morris's trajectories: k + 1 points on the p-level grid, one factor changing per step by exactly delta.</summary>
public sealed class MorrisDesignTests
{
    [Theory]
    [InlineData(2, 2.0 / 2)]
    [InlineData(4, 4.0 / 6)]
    [InlineData(6, 6.0 / 10)]
    public void Delta_IsPOverTwoTimesPMinusOne(int levels, double expected) =>
        Assert.Equal(expected, MorrisDesign.DeltaOf(levels), 15);

    [Theory]
    [InlineData(1, 4)]
    [InlineData(3, 4)]
    [InlineData(5, 2)]
    [InlineData(13, 6)]
    public void EveryTrajectory_HasKPlusOnePoints_OnTheGrid_InTheUnitCube_EachStepMovingOneFactorByDelta(int factors, int levels)
    {
        var design = MorrisDesign.Generate(factors, 25, levels, seed: 7);

        Assert.Equal(25, design.Trajectories.Count);
        foreach (var trajectory in design.Trajectories)
        {
            Assert.Equal(factors + 1, trajectory.Points.Count);
            Assert.Equal(factors, trajectory.Steps.Count);
            Assert.All(trajectory.Points.SelectMany(p => p), x =>
            {
                Assert.InRange(x, 0.0, 1.0);
                var level = x * (levels - 1);
                Assert.Equal(Math.Round(level), level, 9);
            });
            for (var j = 0; j < factors; j++)
            {
                var before = trajectory.Points[j];
                var after = trajectory.Points[j + 1];
                var changed = Enumerable.Range(0, factors).Where(i => Math.Abs(after[i] - before[i]) > 1e-12).ToList();
                var step = trajectory.Steps[j];
                Assert.Equal([step.Factor], changed);
                Assert.Equal(step.Direction * design.Delta, after[step.Factor] - before[step.Factor], 12);
            }
            Assert.Equal(Enumerable.Range(0, factors), trajectory.Steps.Select(s => s.Factor).Order());
        }
    }

    [Fact]
    public void TwoLevels_EveryFactorJumpsBetweenZeroAndOne()
    {
        var design = MorrisDesign.Generate(3, 10, 2, seed: 1);

        Assert.All(design.Trajectories, t =>
        {
            Assert.All(t.Points.SelectMany(p => p), x => Assert.True(x is 0.0 or 1.0));
            Assert.All(t.Steps.Select((s, j) => (s.Direction, From: t.Points[j][s.Factor])), step => Assert.Equal(step.Direction > 0 ? 0.0 : 1.0, step.From));
        });
    }

    [Fact]
    public void BothDirections_AndAllStartLevels_Occur()
    {
        var design = MorrisDesign.Generate(4, 50, 4, seed: 3);

        var directions = design.Trajectories.SelectMany(t => t.Steps).Select(s => s.Direction).Distinct().Order();
        var levels = design.Trajectories.SelectMany(t => t.Points[0]).Select(x => (int)Math.Round(x * 3)).Distinct().Order();
        Assert.Equal([-1, 1], directions);
        Assert.Equal([0, 1, 2, 3], levels);
    }

    [Fact]
    public void SameSeed_GivesTheSameDesign_AnotherSeedAnother()
    {
        static string Text(MorrisDesign d) => string.Join(";", d.Trajectories.Select(t =>
            string.Join("|", t.Points.Select(p => string.Join(",", p.Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))))
            + "/" + string.Join(",", t.Steps)));

        Assert.Equal(Text(MorrisDesign.Generate(5, 10, 4, 42)), Text(MorrisDesign.Generate(5, 10, 4, 42)));
        Assert.NotEqual(Text(MorrisDesign.Generate(5, 10, 4, 42)), Text(MorrisDesign.Generate(5, 10, 4, 43)));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(0)]
    [InlineData(102)]
    public void OddOrOutOfRangeLevels_AreRefused(int levels)
    {
        Assert.NotNull(MorrisDesign.CheckLevels(levels));
        Assert.Throws<ArgumentOutOfRangeException>(() => MorrisDesign.Generate(2, 1, levels, 1));
    }
}
