namespace NetBalance;

/// <summary>Runs the annealer for an exact number of moves, so that a benchmark can time it and report evaluated moves per second.</summary>
/// <remarks>
/// The probe does no timing itself (the engine reads no clock outside <see cref="WallClockBudget"/>):
/// the caller times <see cref="Run"/> and divides the returned move count by the elapsed time.
/// It re-places the load from the start placement with eq. (1)'s default
/// objective (Tp = 10 s, To = 1 s, migration costs on), the configuration the coordinator runs.
/// Setting up the evaluator is O(n + links) and included; time a few million moves to make it
/// negligible, after one warm-up call.
/// </remarks>
public static class AnnealerThroughputProbe
{
    /// <summary>Runs exactly <paramref name="moves"/> evaluated moves (fewer only when the testbed has one VM).</summary>
    /// <param name="shape">The testbed.</param>
    /// <param name="load">The load, e.g. a sink-tree load on Campus.</param>
    /// <param name="start">The placement to re-place from.</param>
    /// <param name="moves">The number of moves to evaluate.</param>
    /// <param name="seed">The seed of the annealer's <see cref="Xoshiro256StarStarRandom"/>.</param>
    /// <returns>The annealer's result; <see cref="ReplacementResult.MovesEvaluated"/> is the count to divide.</returns>
    public static ReplacementResult Run(TestbedShape shape, Load load, Placement start, long moves, ulong seed)
    {
        var replacer = new SimulatedAnnealingReplacer(shape, new TestbedCostOptions(), new MigrationCostOptions(), new AnnealerOptions());
        return replacer.Replace(load, start, new ChiObjective(), new MoveCountBudget(moves), new Xoshiro256StarStarRandom(seed));
    }
}
