using NetBalance.Tests.Support;

namespace NetBalance.Tests.Learning;

public sealed class AnytimeCurveTests
{
    [Fact]
    public void Reach_RecordsTheBestSoFarAtEveryCheckpointPassed()
    {
        var curve = new AnytimeCurve([100, 200, 400]);

        curve.Reach(50, 5, 0);      // before the first checkpoint: nothing
        curve.Reach(256, 4, 1.5);   // passes 100 and 200 at once: both take (4, 1.5)
        curve.Reach(300, 3, 2);     // no checkpoint between 257 and 300
        curve.Reach(512, 2.5, 2.5); // passes 400

        Assert.Equal(3, curve.Reached);
        Assert.True(curve.TryGet(0, out var tau0, out var tr0));
        Assert.Equal((4.0, 1.5), (tau0, tr0));
        Assert.True(curve.TryGet(1, out var tau1, out _));
        Assert.Equal(4.0, tau1);
        Assert.True(curve.TryGet(2, out var tau2, out var tr2));
        Assert.Equal((2.5, 2.5), (tau2, tr2));
    }

    [Fact]
    public void TryGet_ACheckpointNotReached_IsFalse()
    {
        var curve = new AnytimeCurve([100, 200]);
        curve.Reach(150, 3, 1);

        Assert.False(curve.TryGet(1, out var tau, out _));
        Assert.True(double.IsNaN(tau));
        curve.Reset();
        Assert.False(curve.TryGet(0, out _, out _));
    }

    [Fact]
    public void Constructor_CheckpointsOutOfOrder_Throws() =>
        Assert.Throws<ArgumentException>(() => new AnytimeCurve([200, 100]));

    [Fact]
    public void Annealer_RecordsAnImprovingCurveEndingAtItsResult()
    {
        var shape = new TestbedShape(2, 2);
        var cost = new TestbedCostOptions();
        var load = RandomInstances.GridSinkLoad(6, 6, sink: 0, rateMbps: 500, cost, out _);
        var start = RandomInstances.RandomPlacement(36, shape.VmCount, new Xoshiro256StarStarRandom(5));
        var replacer = new SimulatedAnnealingReplacer(shape, cost, new MigrationCostOptions(), new AnnealerOptions());
        var curve = new AnytimeCurve([300, 1_000, 3_000, 10_000]);

        var result = replacer.Replace(load, start, new ChiObjective(), new MoveCountBudget(10_000), new Xoshiro256StarStarRandom(3), curve);

        Assert.Equal(4, curve.Reached);
        var taus = Enumerable.Range(0, 4).Select(i => curve.TryGet(i, out var tau, out _) ? tau : double.NaN).ToArray();
        Assert.True(taus.Zip(taus.Skip(1)).All(p => p.Second <= p.First + 1e-12), string.Join(", ", taus));
        Assert.True(curve.TryGet(3, out var last, out var lastTr));
        Assert.Equal(result.Tau, last, 1e-9);
        Assert.Equal(result.ReconfigurationSeconds, lastTr, 1e-9);
    }
}
