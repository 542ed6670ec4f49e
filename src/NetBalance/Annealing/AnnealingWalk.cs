namespace NetBalance;

/// <summary>The annealing walk: propose, accept by the Metropolis rule, track the best. Allocation-free.</summary>
/// <remarks>
/// Accepts a worse neighbour when <c>u &lt; exp(-delta / T)</c> with <c>u = NextDouble()</c> in
/// [0, 1) (STYLE §8; not CloudSim Plus's always-true integer test). <c>best</c> is the lowest chi
/// seen, ties broken by the lower energy; the walk itself follows the energy.
/// </remarks>
internal sealed class AnnealingWalk(IncrementalEvaluator evaluator, MoveSelector selector, IRandomSource random, BestPlacementTracker tracker)
{
    private double bestChi = evaluator.Chi;
    private double bestEnergy = evaluator.Energy;

    /// <summary>Gets tau(phi') of the best placement so far.</summary>
    public double BestTau { get; private set; } = evaluator.Tau;

    /// <summary>Gets Tr of the best placement so far.</summary>
    public double BestReconfigurationSeconds { get; private set; } = evaluator.ReconfigurationSeconds;

    public long Accepted { get; private set; }

    public void Steps(int count, double temperature)
    {
        for (var i = 0; i < count; i++)
        {
            var delta = selector.Propose();
            if (MetropolisRule.Accepts(delta, temperature, random))
            {
                Accept();
            }
        }
    }

    public Placement Best() => tracker.Best();

    private void Accept()
    {
        evaluator.Commit();
        Accepted++;
        tracker.Record(selector.First, selector.FirstTo);
        if (selector.Second >= 0)
        {
            tracker.Record(selector.Second, selector.SecondTo);
        }

        var chi = evaluator.Chi;
        if (chi < bestChi || (chi == bestChi && evaluator.Energy < bestEnergy))
        {
            bestChi = chi;
            bestEnergy = evaluator.Energy;
            BestTau = evaluator.Tau;
            BestReconfigurationSeconds = evaluator.ReconfigurationSeconds;
            tracker.MarkBest(evaluator.CurrentVms);
        }
    }
}
