using System.Globalization;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Sweeps;
using NetBalanceSim.Topologies;

namespace NetBalanceSim.Cli;

/// <summary>
/// What <c>--precision H [--max-reps M]</c> asks of a run: the target, and the plan of the same scenario at any count of
/// repetitions (the one published is exactly the plan a plain run with <c>--reps</c> at the count reached would run).
/// </summary>
/// <param name="Target">H and the most repetitions.</param>
/// <param name="PlanAt">The plan with a given number of repetitions per point.</param>
/// <param name="AtMost">The plan at <see cref="PrecisionTarget.MaxRepetitions"/>, checked against the limits before anything runs.</param>
internal sealed record PrecisionRun(PrecisionTarget Target, Func<int, SweepPlan> PlanAt, SweepPlan AtMost);

/// <summary>
/// Grows a plan's repetitions batch by batch until every point's 95% half-width of the relative runtime is at most H or
/// the maximum is reached (<see cref="PrecisionTarget"/>). Every batch's units go to the one journal of the run, so an
/// interrupted run resumes with <c>--resume</c>: the batches it had finished are taken from the journal and the same
/// decisions are made again from the same numbers.
/// </summary>
internal sealed class SequentialRun(TextWriter stderr, int jobs, InitialPlacementCache cache, PlanTarget target, PrecisionRun precision, Journal journal, IReadOnlyDictionary<string, Topology> topologies, Action<ProgressLine> showing)
{
    /// <summary>Runs batches after the first until the target is met or the maximum reached.</summary>
    /// <param name="first">The units of the first batch (the plan's repetitions).</param>
    /// <param name="batchStarts">Told, as each further batch starts, the units left to run and the batch's units in all.</param>
    /// <param name="progress">Told the units finished in the batch under way, after each one.</param>
    /// <returns>The units of the last batch (ordered by point and repetition) and what the run did.</returns>
    public (IReadOnlyList<UnitResult> Units, PrecisionRecord Record) Grow(IReadOnlyList<UnitResult> first, Action<int, int> batchStarts, Action<int> progress)
    {
        var plan = target.Plan;
        var name = plan.Resolved.Scenario.Name;
        var units = first;
        var repetitions = plan.Repetitions;
        var batches = new List<int> { repetitions };
        var worst = PrecisionTarget.WorstHalfWidth(units);
        while (precision.Target.Next(repetitions, worst) is int more)
        {
            var wanted = plan.Points.SelectMany(p => Enumerable.Range(0, more).Select(r => (p.Index, r))).ToList();
            var held = journal.Finished.Concat(units).Select(u => (u.Point, u.Repetition)).ToHashSet();
            var left = wanted.Count(u => !held.Contains(u));
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: worst 95% half-width {Show(worst)} > {precision.Target.HalfWidth:R} at {repetitions} repetitions; every point grows to {more}"));
            batchStarts(left, wanted.Count);
            var line = new ProgressLine(stderr, string.Create(CultureInfo.InvariantCulture, $"{name} ({more} repetitions)"), left, ProgressLine.IsTerminal(stderr));
            showing(line);
            IReadOnlyList<UnitResult> done = [];
            var job = new SweepJob(plan, journal, batch => done = batch) { Units = wanted, Done = units };
            SweepRunner.RunAll([job], jobs, cache, new Reporter(count =>
            {
                progress(count);
                line.Report(count);
            }), topologies, work: line);
            units = done;
            repetitions = more;
            batches.Add(repetitions);
            worst = PrecisionTarget.WorstHalfWidth(units);
        }
        return (units, new PrecisionRecord(precision.Target.HalfWidth, precision.Target.MaxRepetitions, batches, worst));
    }

    /// <summary>The line on stdout after the summary: whether the target was met, and at how many repetitions.</summary>
    /// <param name="record">What the run did.</param>
    /// <returns>The line.</returns>
    public static string Outcome(PrecisionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Met
            ? string.Create(CultureInfo.InvariantCulture,
                $"  precision: every point's 95% half-width is at most {record.HalfWidth:R} (worst {Show(record.WorstHalfWidth)}) with {record.Repetitions} repetitions")
            : string.Create(CultureInfo.InvariantCulture,
                $"  precision NOT met: stopped at --max-reps {record.MaxRepetitions} with a worst 95% half-width of {Show(record.WorstHalfWidth)} > {record.HalfWidth:R}; raise --max-reps or H");
    }

    private static string Show(double value) =>
        double.IsFinite(value) ? value.ToString("G4", CultureInfo.InvariantCulture) : "unknown (one repetition)";

    /// <summary>Reports each count to an action, on the calling thread.</summary>
    private sealed class Reporter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
