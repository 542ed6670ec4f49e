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
    public void Execute(SweepPlan plan, string directory, bool resume, bool force, bool reference = false)
    {
        var figures = FigureCatalog.ForScenario(plan.Resolved.Scenario.Name);
        var startedUtc = DateTime.UtcNow;
        var watch = Stopwatch.StartNew();
        var planId = ResultsWriter.PlanId(plan);
        // Refuse before running anything (and before the journal is created) if the folder may not be written.
        reference |= ResultsFolder.Check(directory, planId, force);
        using var journal = resume ? Journal.Open(directory, planId) : Journal.Create(directory, planId);
        var total = plan.Points.Count * plan.Repetitions;
        var left = total - journal.Finished.Count;
        if (journal.Finished.Count > 0)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{plan.Resolved.Scenario.Name}: resuming, {journal.Finished.Count} of {total} repetitions already done"));
        }
        var progress = new ProgressLine(stderr, plan.Resolved.Scenario.Name, left, TimeSpan.FromSeconds(5));
        var units = SweepRunner.Run(plan, jobs, journal, cache, progress);
        var provenance = Provenance.Of(commandLine, jobs, startedUtc, watch.Elapsed.TotalSeconds);
        ResultsWriter.Write(directory, plan, units, provenance, force, reference, figures);
        journal.Delete();
        PrintSummary(plan, units);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {directory}/{{{string.Join(", ", (IEnumerable<string>)[.. ResultsWriter.DataFiles, .. figures.SelectMany(f => new[] { f.Id + ".png", f.Id + ".svg" })])}, {Manifest.FileName}}} in {watch.Elapsed.TotalSeconds:F1} s"));
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
