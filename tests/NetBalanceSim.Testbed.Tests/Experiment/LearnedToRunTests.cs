using NetBalance;
using NetBalanceSim.Kernel;

namespace NetBalanceSim.Testbed.Tests.Experiment;

public sealed class LearnedToRunTests
{
    [Fact]
    public void With_one_search_a_learned_To_runs_exactly_as_the_fixed_To_it_starts_from()
    {
        // The first search uses the starting To with the same budget, so the placement, Tr and runtime are the same.
        var fixedTo = SmallTestbed.Settings();
        var learned = fixedTo with { Coordinator = fixedTo.Coordinator with { LearnOptimisationTime = true } };
        var loads = SmallTestbed.Loads(fixedTo, 0, 35);

        var a = SmallTestbed.RunBoth(fixedTo, loads, seed: 3).With;
        var b = SmallTestbed.RunBoth(learned, loads, seed: 3).With;

        Assert.Equal(a.RuntimeSeconds, b.RuntimeSeconds);
        Assert.Equal(1.0, b.ToSecondsPerSearch.Single());
        Assert.Empty(a.ToSecondsPerSearch);
        Assert.Equal(1.0, a.ToSecondsMean);
    }

    [Fact]
    public void A_learned_To_is_always_one_of_the_candidates_and_changes_over_the_run()
    {
        var settings = SmallTestbed.Settings(sinkIntervalSeconds: 40);
        settings = settings with { Coordinator = settings.Coordinator with { LearnOptimisationTime = true, LearnedToExploreEvery = 2 } };
        var sinks = SinkSequence.Draw(SmallTestbed.Grid.NodeCount, changes: 12, new RandomStreams(9).Stream("sinks"));
        var loads = SmallTestbed.Loads(settings, sinks);

        var with = SmallTestbed.RunBoth(settings, loads, seed: 9).With;

        double[] candidates = [0.125, 0.25, 0.5, 1, 2, 4, 8];
        Assert.NotEmpty(with.ToSecondsPerSearch);
        Assert.All(with.ToSecondsPerSearch, to => Assert.Contains(to, candidates));
        Assert.True(with.ToSecondsPerSearch.Distinct().Count() > 1, string.Join(", ", with.ToSecondsPerSearch));
        Assert.Equal(with.ToSecondsPerSearch.Average(), with.ToSecondsMean, 12);
    }
}
