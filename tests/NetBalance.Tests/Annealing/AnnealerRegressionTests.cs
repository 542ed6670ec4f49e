using NetBalance.Tests.Support;

namespace NetBalance.Tests.Annealing;

/// <summary>
/// Pins one fixed-seed search so that any change of the search (draw order, move mix, cooling,
/// evaluator arithmetic) shows up. When the search changes on purpose, update the pins in the same
/// commit and say why.
/// </summary>
public sealed class AnnealerRegressionTests
{
    [Fact]
    public void Replace_PinnedGridInstance_GivesPinnedResult()
    {
        var cost = new TestbedCostOptions();
        var shape = new TestbedShape(2, 2);
        _ = RandomInstances.GridSinkLoad(12, 12, 0, 50, cost, out var graph);
        var loadB = RandomInstances.SinkTreeLoad(graph, 143, 50, cost);
        var start = new Placement(Enumerable.Range(0, 144).Select(v => v % 12 < 6 ? (v < 72 ? 0 : 1) : (v < 72 ? 2 : 3)).ToArray());
        var replacer = new SimulatedAnnealingReplacer(shape, cost, new MigrationCostOptions(), new AnnealerOptions());

        var result = replacer.Replace(loadB, start, new ChiObjective(), new MoveCountBudget(20_000), new Xoshiro256StarStarRandom(2026));

        Assert.Equal(PinnedChi, result.Chi, 12);
        Assert.Equal(PinnedMigrations, result.Migrations.Count);
        Assert.Equal(PinnedAccepted, result.MovesAccepted);
    }

    private const double PinnedChi = -18.06699999999998; // tau 9.936 -> 6.870, Tr 9.527 s
    private const int PinnedMigrations = 47;
    private const long PinnedAccepted = 3184;
}
