using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Experiments.Tests.Sweeps;

public sealed class SweepRunnerTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Run_KilledAndResumed_GivesTheSameTablesAsAnUninterruptedRun()
    {
        var plan = Plan();
        var reference = Tables(plan, SweepRunner.Run(plan, jobs: 2));
        var directory = Path.Combine(_folder.Root, "results");
        using (var journal = Journal.Create(directory, ResultsWriter.PlanId(plan)))
        {
            SweepRunner.Run(plan, jobs: 2, journal);
        }
        // Simulate kill -9 in the middle of writing: keep 3 finished units and half of the 4th line.
        var path = Path.Combine(directory, Journal.FileName);
        var lines = File.ReadAllLines(path);
        File.WriteAllText(path, string.Join("\n", lines.Take(4)) + "\n" + lines[4][..(lines[4].Length / 2)]);

        using var resumed = Journal.Open(directory, ResultsWriter.PlanId(plan));
        var finishedBefore = resumed.Finished.Count;
        var ran = 0;
        var units = SweepRunner.Run(plan, jobs: 2, resumed, progress: new Counter(() => ran++));

        Assert.Equal(3, finishedBefore);
        Assert.Equal((plan.Points.Count * plan.Repetitions) - 3, ran);
        Assert.Equal(reference, Tables(plan, units));
    }

    [Fact]
    public void Open_KilledBeforeThePlanLineWasComplete_StartsAnew()
    {
        var directory = Path.Combine(_folder.Root, "results");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, Journal.FileName), "{\"Plan\":\"ab");

        using (var journal = Journal.Open(directory, "abcd"))
        {
            Assert.Empty(journal.Finished);
        }

        using var again = Journal.Open(directory, "abcd");
        Assert.Empty(again.Finished);
    }

    [Fact]
    public void Open_JournalOfAnotherPlan_IsRefused()
    {
        var directory = Path.Combine(_folder.Root, "results");
        Journal.Create(directory, "aaaa").Dispose();

        var error = Assert.Throws<JournalMismatchException>(() => Journal.Open(directory, "bbbb"));

        Assert.Contains("belongs to another scenario or sweep; run without --resume", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SharedPlacementCache_ComputesEachPlacementOnce()
    {
        // Tp does not change the initial placement: 2 points x 3 repetitions need only 3 placements.
        var cache = new InitialPlacementCache();

        SweepRunner.Run(Plan(), jobs: 2, cache: cache);

        Assert.Equal(3, cache.Count);
    }

    [Fact]
    public void RunAll_TwoPlansThroughOneQueue_GivesEachPlansOwnTablesOnceEach()
    {
        var first = Plan();
        var second = SweepPlan.Of(ScenarioFile.Load(_folder.QuickScenario("other.json", extra: """, "sweep": { "ToSeconds": [0.5, 1, 2] }""")));
        var expectedFirst = Tables(first, SweepRunner.Run(first, jobs: 1));
        var expectedSecond = Tables(second, SweepRunner.Run(second, jobs: 1));
        var completed = new List<(string Name, string Tables)>();
        var ran = 0;

        SweepRunner.RunAll(
            [
                new SweepJob(first, null, units => completed.Add(("first", Tables(first, units)))),
                new SweepJob(second, null, units => completed.Add(("second", Tables(second, units)))),
            ],
            jobs: 2,
            progress: new Counter(() => ran++));

        Assert.Equal(15, ran);
        Assert.Equal(2, completed.Count);
        Assert.Equal(expectedFirst, completed.Single(c => c.Name == "first").Tables);
        Assert.Equal(expectedSecond, completed.Single(c => c.Name == "second").Tables);
    }

    [Fact]
    public void RunAll_CompletionFails_RethrowsTheFailureItself()
    {
        var plan = Plan();

        var error = Assert.Throws<InvalidOperationException>(() =>
            SweepRunner.RunAll([new SweepJob(plan, null, _ => throw new InvalidOperationException("cannot publish"))], jobs: 2));

        Assert.Equal("cannot publish", error.Message);
    }

    [Fact]
    public void UnitCost_GrowsWithTheWorkOfARepetition()
    {
        var scenario = Plan().Resolved.Scenario;

        var small = UnitCost.Moves(scenario, 100, 200);
        Assert.True(UnitCost.Moves(scenario, 1000, 2000) > small);
        Assert.True(UnitCost.Moves(scenario with { Oracle = true }, 100, 200) > small);
        Assert.True(UnitCost.Moves(scenario with { SinkChanges = scenario.SinkChanges * 4 }, 100, 200) > small);
    }

    private SweepPlan Plan() =>
        SweepPlan.Of(ScenarioFile.Load(_folder.QuickScenario(extra: """, "sweep": { "TpSeconds": [5, 10] }""")));

    private static string Tables(SweepPlan plan, IReadOnlyList<UnitResult> units)
    {
        using var stream = new MemoryStream();
        ResultTables.Runs(plan, units).WriteTo(stream);
        ResultTables.Summary(plan, units).WriteTo(stream);
        ResultTables.TauTrace(plan, units).WriteTo(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private sealed class Counter(Action tick) : IProgress<int>
    {
        private readonly Lock _lock = new();

        public void Report(int value)
        {
            lock (_lock)
            {
                tick();
            }
        }
    }
}
