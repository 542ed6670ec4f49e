using System.Diagnostics;
using System.Globalization;
using NetBalanceSim.Experiments.Figures;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Statistics;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Cli;

/// <summary>
/// Runs a plan into its results folder: journal (new, or continued with <c>--resume</c>), units in parallel with
/// progress on stderr, the tables (and the figures drawn from a scenario of that name, if there are any) and the manifest
/// published when complete, then a short summary on stdout.
/// </summary>
internal sealed class PlanExecutor(TextWriter stdout, TextWriter stderr, string[] commandLine, int jobs, InitialPlacementCache cache)
{
    public void Execute(SweepPlan plan, string directory, bool resume, bool force, bool reference = false) =>
        ExecuteAll([new PlanTarget(plan, directory, reference)], resume, force, plan.Resolved.Scenario.Name);

    /// <summary>
    /// Runs several plans through one work queue (heaviest units first across all of them, so no core idles at a plan's
    /// tail) and publishes each plan's results as soon as its last unit is done; one progress line over all units.
    /// </summary>
    public void ExecuteAll(IReadOnlyList<PlanTarget> targets, bool resume, bool force, string progressName)
    {
        var startedUtc = DateTime.UtcNow;
        var watch = Stopwatch.StartNew();
        var journals = new List<Journal>();
        try
        {
            // Refuse before running anything (and before any journal is created) if a folder may not be written.
            // Read the topologies first: a bad topology file (a pipe or a device too, which the plan id would read
            // without a bound) is refused before anything reads it unchecked or creates a folder or a journal.
            var topologies = SweepRunner.LoadTopologies(targets.Select(t => t.Plan));
            var checkedTargets = targets.Select(t => t with { Reference = t.Reference | ResultsFolder.Check(t.Directory, ResultsWriter.PlanId(t.Plan), force) }).ToList();
            var sweeps = new List<SweepJob>();
            var total = 0;
            foreach (var target in checkedTargets)
            {
                var plan = target.Plan;
                var planId = ResultsWriter.PlanId(plan);
                var journal = resume ? Journal.Open(target.Directory, planId) : Journal.Create(target.Directory, planId);
                journals.Add(journal);
                var units = plan.Points.Count * plan.Repetitions;
                total += units - journal.Finished.Count;
                if (journal.Finished.Count > 0)
                {
                    stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{plan.Resolved.Scenario.Name}: resuming, {journal.Finished.Count} of {units} repetitions already done"));
                }

                sweeps.Add(new SweepJob(plan, journal, done => Publish(target, journal, done, force, startedUtc, watch.Elapsed.TotalSeconds, targets.Count > 1)));
            }

            var progress = new ProgressLine(stderr, progressName, total, TimeSpan.FromSeconds(5));
            SweepRunner.RunAll(sweeps, jobs, cache, progress, topologies);
        }
        finally
        {
            foreach (var journal in journals)
            {
                journal.Dispose();
            }
        }
    }

    /// <summary>Writes one plan's results; in a batch its wall time counts from the start of the batch (its units ran among the others').</summary>
    private void Publish(PlanTarget target, Journal journal, IReadOnlyList<UnitResult> units, bool force, DateTime startedUtc, double wallSeconds, bool batch)
    {
        var plan = target.Plan;
        var figures = FigureCatalog.ForScenario(plan.Resolved.Scenario.Name);
        var provenance = Provenance.Of(commandLine, jobs, startedUtc, wallSeconds);
        ResultsWriter.Write(target.Directory, plan, units, provenance, force, target.Reference, figures);
        journal.Delete();
        PrintSummary(plan, units);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {target.Directory}/{{{string.Join(", ", (IEnumerable<string>)[.. ResultsWriter.DataFiles, .. figures.SelectMany(f => new[] { f.Id + ".png", f.Id + ".svg" })])}, {Manifest.FileName}}} {(batch ? "at" : "in")} {wallSeconds:F1} s{(batch ? " since the start" : "")}"));
    }

    private void PrintSummary(SweepPlan plan, IReadOnlyList<UnitResult> units)
    {
        var inv = CultureInfo.InvariantCulture;
        var s = plan.Resolved.Scenario;
        stdout.WriteLine(string.Create(inv,
            $"{s.Name}: {s.Repetitions} repetitions of {plan.Points.Count} point(s) on {Path.GetFileName(plan.Resolved.TopologyPath)}, {s.PhysicalNodes} x {s.CpusPerNode} CPUs, Tp = {s.TpSeconds} s, To = {s.ToSeconds} s, {s.Constants.Migration.MemoryMB} MB, {s.RateMbps} Mbit/s, {s.SinkChanges} sink changes every {s.SinkIntervalSeconds} s"));
        var summary = ResultTables.Summary(plan, units);
        var columns = plan.Columns.Count;
        foreach (var row in summary.Rows)
        {
            var point = columns == 0 ? "" : string.Join(", ", plan.Columns.Select((c, i) => $"{c}={row[i]}")) + ": ";
            var indent = columns == 0 ? "\n    " : "; ";
            stdout.WriteLine(string.Create(inv,
                $"  {point}relative runtime mean {Number(row[columns + 1]):F3}, sd {Number(row[columns + 2]):F3}, 95% interval [{Number(row[columns + 3]):F3}, {Number(row[columns + 4]):F3}] (n = {row[columns]}){indent}runtime {Number(row[columns + 5]):F1} s with NETbalance, {Number(row[columns + 6]):F1} s without{indent}{Number(row[columns + 7]):F1} re-placements, {Number(row[columns + 8]):F1} migrations, Tr {Number(row[columns + 9]):F2} s per run"));
        }
        foreach (var skipped in plan.Skipped)
        {
            stdout.WriteLine($"  skipped {skipped}");
        }
    }

    private static double Number(string field) => field.Length == 0 ? double.NaN : double.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture);
}

/// <summary>A plan with the folder its results go to, and whether they are reference results.</summary>
internal sealed record PlanTarget(SweepPlan Plan, string Directory, bool Reference);
