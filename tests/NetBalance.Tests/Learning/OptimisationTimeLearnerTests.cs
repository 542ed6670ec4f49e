namespace NetBalance.Tests.Learning;

public sealed class OptimisationTimeLearnerTests
{
    private const double Tp = 10;
    private const double TauNow = 4;
    private const double Tr = 1;
    private const double MovesPerSecond = 9_000;

    [Fact]
    public void Candidates_AreTheStartTimesPowersOfTwoBelowTp()
    {
        var learner = new OptimisationTimeLearner(1, Tp, exploreEvery: 4);

        Assert.Equal([0.125, 0.25, 0.5, 1, 2, 4, 8], learner.CandidatesSeconds);
        Assert.Equal(1, learner.NextToSeconds());
    }

    [Fact]
    public void Observe_SavingIsMinusChiOfEachCandidatesWindow()
    {
        // One search with To = 1: at 0.5 s the best had tau' = 3, Tr = 1; at 1 s tau' = 2.5, Tr = 2.
        // Saving(0.5) = -[(10 - 0.5)(3 - 4) + 1] = 8.5; saving(1) = -[(10 - 1)(2.5 - 4) + 2] = 11.5.
        var learner = new OptimisationTimeLearner(1, Tp, exploreEvery: 0);
        var curve = new AnytimeCurve(learner.Checkpoints(1, to => (long)(to * 1000)));
        curve.Reach(250, 3.5, 0.5);
        curve.Reach(500, 3, 1);

        learner.Observe(1, new ChiObjective { TpSeconds = Tp, ToSeconds = 1 }, TauNow, curve, 2.5, 2);

        // 0.125 and 0.25: tau' 3.5, Tr 0.5: -[(10 - 0.125)(-0.5) + 0.5] = 4.4375; -[(9.75)(-0.5) + 0.5] = 4.375.
        Assert.Equal(4.4375, learner.Mean(0), 12);
        Assert.Equal(4.375, learner.Mean(1), 12);
        Assert.Equal(8.5, learner.Mean(2), 12);
        Assert.Equal(11.5, learner.Mean(3), 12);
        Assert.True(double.IsNaN(learner.Mean(4)));
        Assert.Equal(1, learner.BestToSeconds());
    }

    [Fact]
    public void Observe_ASearchThatFindsNothingSavesNothing()
    {
        var learner = new OptimisationTimeLearner(1, Tp, exploreEvery: 0);
        var curve = new AnytimeCurve(learner.Checkpoints(1, to => (long)(to * 1000)));

        learner.Observe(1, new ChiObjective { TpSeconds = Tp, ToSeconds = 1 }, TauNow, curve, TauNow, 0);

        Assert.Equal(0, learner.Mean(3));
    }

    [Fact]
    public void NextToSeconds_ExploresTheNextLongerCandidateEveryKthSearch()
    {
        var learner = new OptimisationTimeLearner(1, Tp, exploreEvery: 2);
        var chosen = new List<double>();
        for (var search = 0; search < 4; search++)
        {
            var to = learner.NextToSeconds();
            chosen.Add(to);
            Feed(learner, to, Flat);
        }

        // Flat curve: every To finds the same tau', so the shortest seen wins; searches 2 (and 4) explore above it.
        Assert.Equal([1, 0.125, 0.25, 0.125], chosen);
    }

    [Fact]
    public void Learner_OnASyntheticAnytimeCurve_ConvergesToTheBestFixedTo()
    {
        // tau'(To) = 2 + 2 exp(-To), Tr = 1: the saving of a fixed To is (10 - To) * 2 (1 - exp(-To)) - 1, which over
        // the candidates is 1.32, 3.31, 6.48, 10.38, 12.84, 10.78, 3.00 for To = 0.125 .. 8: the best fixed To is 2 s.
        var learner = new OptimisationTimeLearner(1, Tp, exploreEvery: 4);
        var best = learner.CandidatesSeconds.MaxBy(to => ((Tp - to) * (TauNow - Curve(to))) - Tr);
        Assert.Equal(2, best);

        for (var search = 0; search < 40; search++)
        {
            Feed(learner, learner.NextToSeconds(), Curve);
        }

        Assert.Equal(best, learner.BestToSeconds());
    }

    [Fact]
    public void Constructor_StartOutsideZeroToTp_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OptimisationTimeLearner(0, Tp, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OptimisationTimeLearner(Tp, Tp, 4));
    }

    private static double Curve(double toSeconds) => 2 + (2 * Math.Exp(-toSeconds));

    private static double Flat(double toSeconds) => 3;

    /// <summary>One search of <paramref name="to"/> whose best tau' after t seconds of search is <paramref name="curveOf"/>(t).</summary>
    private static void Feed(OptimisationTimeLearner learner, double to, Func<double, double> curveOf)
    {
        var curve = new AnytimeCurve(learner.Checkpoints(to, c => (long)(c * MovesPerSecond)));
        foreach (var candidate in learner.CandidatesSeconds.Where(c => c <= to))
        {
            curve.Reach((long)(candidate * MovesPerSecond), curveOf(candidate), Tr);
        }

        learner.Observe(to, new ChiObjective { TpSeconds = Tp, ToSeconds = to }, TauNow, curve, curveOf(to), Tr);
    }
}
