using System.Diagnostics;
using System.Globalization;
using NetBalanceSim.Experiments.Components;
using NetBalanceSim.Experiments.Figures;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Shards;
using NetBalanceSim.Experiments.Statistics;
using NetBalanceSim.Experiments.Sweeps;
using NetBalanceSim.Topologies;

namespace NetBalanceSim.Cli;

/// <summary>
/// Runs a plan into its results folder: journal (new, or continued with <c>--resume</c>), units in parallel with
/// progress on stderr, the tables (and the figures drawn from a scenario of that name, if there are any) and the manifest
/// published when complete, then a short summary on stdout.
/// </summary>
internal sealed class PlanExecutor(TextWriter stdout, TextWriter stderr, string[] commandLine, int jobs, InitialPlacementCache cache)
{
    private ProgressLine? _progress;

    public void Execute(SweepPlan plan, string directory, FolderWriteOptions options, PrecisionRun? precision = null) =>
        ExecuteAll([new PlanTarget(plan, directory, false) { Precision = precision }], options, plan.Resolved.Scenario.Name);

    /// <summary>
    /// Runs one shard of <paramref name="plan"/> (<c>sweep --shard</c>) into its own folder; with <c>--resume</c>, a shard
    /// whose folder already holds it complete (a task run again) runs nothing.
    /// </summary>
    public void ExecuteShard(SweepPlan plan, ShardSpec shard, string directory, FolderWriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // The topologies first, as in ExecuteAll: the plan id reads their files.
        var topologies = SweepRunner.LoadTopologies([plan], warning => stderr.WriteLine($"netbalance-sim: {warning}"));
        var planId = ResultsWriter.PlanId(plan);
        var inventory = ResultsFolder.Inspect(directory, new FolderRequest(planId, ShardWriter.Writes, options.Force, options.AllowOtherFiles));
        if (inventory.Manifest is { } previous && !options.Force && (previous.Shard?.Spec != shard || previous.PlanId != planId))
        {
            var what = previous.Shard is { } other ? $"shard {other.Spec}{(previous.PlanId == planId ? " of this sweep" : " of another plan")}" : "the results of a whole run";
            throw new UsageException($"{directory}: holds {what}; give each shard its own -o, or --force to replace it");
        }
        if (options.Resume && !inventory.HasJournal && inventory.Inconsistency is null && inventory.Manifest is { Shard: { } done } complete && done.Spec == shard && complete.PlanId == planId)
        {
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{directory}: shard {shard} of {plan.Resolved.Scenario.Name} is already complete ({done.Units.Count} repetitions); nothing to run"));
            return;
        }
        ExecuteAll([new PlanTarget(plan, directory, false) { Shard = shard }], options, string.Create(CultureInfo.InvariantCulture, $"{plan.Resolved.Scenario.Name} shard {shard}"), topologies);
    }

    /// <summary>
    /// Runs several plans through one work queue (heaviest units first across all of them, so no core idles at a plan's
    /// tail) and publishes each plan's results as soon as its last unit is done; one progress line over all units. Every
    /// folder is checked before any is written, then claimed (created, locked) for the whole run.
    /// </summary>
    public void ExecuteAll(IReadOnlyList<PlanTarget> targets, FolderWriteOptions options, string progressName, IReadOnlyDictionary<string, Topology>? loaded = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var resume = options.Resume;
        var startedUtc = DateTime.UtcNow;
        var watch = Stopwatch.StartNew();
        // Read the topologies first: a bad topology file (a pipe or a device too, which the plan id would read without a
        // bound) is refused before anything reads it unchecked or creates a folder, a lock or a journal.
        var topologies = loaded ?? SweepRunner.LoadTopologies(targets.Select(t => t.Plan), warning => stderr.WriteLine($"netbalance-sim: {warning}"));
        if (targets.Count > 1 && targets.Any(t => t.Precision is not null))
        {
            throw new UsageException("--precision: runs one plan at a time");
        }
        var planIds = targets.Select(t => ResultsWriter.PlanId(t.Plan)).ToList();
        // A sequential run's journal outlives its batches (each a count of repetitions): its key names the target, not the
        // count. The folder is asked for with that key too, as the plan it will publish is not known yet: reference results
        // are then only replaced with --force.
        var keys = targets.Select((t, i) => t.Shard?.JournalKey(planIds[i]) ?? (t.Precision is { } p ? planIds[i] + "+" + p.Target.Key() : planIds[i])).ToList();
        var requests = targets.Select((t, i) => new FolderRequest(t.Precision is null ? planIds[i] : keys[i], t.Shard is null ? ResultsWriter.Writes(FigureCatalog.ForScenario(t.Plan.Resolved.Scenario.Name), t.Plan.Columns.Count > 0) : ShardWriter.Writes, options.Force, options.AllowOtherFiles)).ToList();
        var shares = targets.Select(t => t.Shard is { } spec ? new ShardRecord(spec, ShardAssignment.UnitsOf(t.Plan, topologies, spec)) : null).ToList();
        for (var i = 0; i < targets.Count; i++)
        {
            ResultsFolder.Inspect(targets[i].Directory, requests[i]);
            var journal = Path.Combine(targets[i].Directory, Journal.FileName);
            var planned = Journal.PlanOf(journal);
            // A --precision journal's key is the plan id of its starting repetitions, then "+precision-...": found
            // wherever its plan id differs (another --reps), so the message names the run it belongs to.
            var precisionMark = planned?.IndexOf("+precision", StringComparison.Ordinal) ?? -1;
            if (resume && planned is not null && planned != keys[i] && (targets[i].Precision is not null || precisionMark >= 0))
            {
                var other = precisionMark < 0 ? "another run"
                    : "a --precision run with " + planned[(precisionMark + 1)..] + (planned[..precisionMark] == planIds[i] ? "" : " and other --reps, --seed or scenario keys");
                throw new JournalMismatchException($"{journal}: is the journal of {other} of this folder, not of {(targets[i].Precision is { } p ? "--precision run " + p.Target.Key() : "a run without --precision")}; resume with the same options, or run with --restart to discard it");
            }
            if (resume && planned is not null && planned != keys[i])
            {
                throw new JournalMismatchException(planned.StartsWith(planIds[i] + "/", StringComparison.Ordinal) || planned == planIds[i]
                    ? $"{journal}: is the journal of {(planned == planIds[i] ? "the whole sweep" : planned[(planIds[i].Length + 1)..].Replace("-of-", "/", StringComparison.Ordinal).Replace('-', ' '))}, not of {(targets[i].Shard is { } spec ? $"shard {spec}" : "the whole sweep")}; give each shard its own -o, or run with --restart to discard it"
                    : $"{journal}: belongs to another scenario or sweep; run with --restart to discard it");
            }
            if (!resume && !options.Restart && planned is not null)
            {
                var saved = Journal.SavedUnits(journal);
                throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                    $"{targets[i].Directory}: holds an unfinished run ({saved} {(saved == 1 ? "repetition" : "repetitions")} saved in {Journal.FileName}{(planned == keys[i] ? "" : planned.StartsWith(planIds[i] + "+precision", StringComparison.Ordinal) || (targets[i].Precision is not null && planned == planIds[i]) ? ", of a run with other --precision options" : planned.StartsWith(planIds[i], StringComparison.Ordinal) ? ", of another shard of this sweep" : ", of another plan")}); continue it with --resume, or discard it with --restart"));
            }
        }
        var duplicate = targets.GroupBy(t => Path.GetFullPath(t.Directory), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new UsageException($"{duplicate.First().Directory}: two plans would write the same results folder");
        }
        var folders = new List<ResultsFolder>();
        var journals = new List<Journal>();
        try
        {
            var holder = string.Create(CultureInfo.InvariantCulture, $"process {Environment.ProcessId}: {Provenance.CommandLine(commandLine)}");
            var sweeps = new List<SweepJob>();
            var total = 0;
            IReadOnlyList<UnitResult> firstBatch = [];
            for (var i = 0; i < targets.Count; i++)
            {
                var folder = ResultsFolder.Claim(targets[i].Directory, requests[i], holder);
                folders.Add(folder);
                var plan = targets[i].Plan;
                var planId = requests[i].PlanId!;
                var target = targets[i] with { Reference = targets[i].Reference | ResultsFolder.IsSamePlanReference(folder.Inventory, planId) };
                if (folder.Inventory.Inconsistency is { } why)
                {
                    stderr.WriteLine($"{target.Directory}: {why}; {(resume ? "resuming publishes the results again" : "this run replaces those results")}");
                }
                var units = shares[i]?.Units.Count ?? plan.Points.Count * plan.Repetitions;
                var invocation = Provenance.Start(commandLine, startedUtc);
                var most = target.Precision?.Target.MaxRepetitions ?? plan.Repetitions;
                var journal = resume ? Journal.Open(target.Directory, keys[i], invocation, plan.Points.Count * most, most)
                    : target.Shard is not null ? Journal.Create(target.Directory, keys[i], invocation)
                    : target.Precision is { } sequential ? StartJournal(folder, sequential.AtMost, keys[i], invocation, reuseSamePlan: true)
                    : StartJournal(folder, plan, planId, invocation);
                journals.Add(journal);
                if (journal.Damage is { } damage)
                {
                    stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{damage}; kept the {journal.Finished.Count} repetitions before it, the rest run again"));
                }
                // A sequential run's journal may hold repetitions of later batches: the first batch counts only its own.
                var finished = journal.Finished.Count(u => u.Repetition < plan.Repetitions);
                total += units - finished;
                if (journal.Finished.Count > journal.Reused)
                {
                    stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{plan.Resolved.Scenario.Name}{(target.Shard is { } s ? $" shard {s}" : "")}: resuming, {finished} of {units} repetitions already done{(journal.Finished.Count > finished ? string.Create(CultureInfo.InvariantCulture, $" (and {journal.Finished.Count - finished} of later batches)") : "")}"));
                }

                sweeps.Add(target.Precision is null
                    ? new SweepJob(plan, journal, done => Publish(target, folder, journal, done, startedUtc, watch.Elapsed.TotalSeconds, targets.Count > 1)) { Units = shares[i]?.Units }
                    : new SweepJob(plan, journal, done => firstBatch = done));
            }

            var progress = new ProgressLine(stderr, progressName, total, ProgressLine.IsTerminal(stderr));
            _progress = progress;
            var allUnits = targets.Select((t, i) => shares[i]?.Units.Count ?? t.Plan.Points.Count * t.Plan.Repetitions).Sum();
            var saved = allUnits - total;
            var counting = new Progress(done =>
            {
                Volatile.Write(ref saved, allUnits - total + done);
                progress.Report(done);
            });
            void OnCancel(object? sender, ConsoleCancelEventArgs e)
            {
                using (progress.Pause())
                {
                    stderr.WriteLine(Interrupted(targets, Volatile.Read(ref saved), Volatile.Read(ref allUnits)));
                }
            }
            Console.CancelKeyPress += OnCancel;
            try
            {
                SweepRunner.RunAll(sweeps, jobs, cache, counting, topologies, work: progress);
                if (targets[0].Precision is { } precision)
                {
                    var sequential = new SequentialRun(stderr, jobs, cache, targets[0], precision, journals[0], topologies, line => _progress = line);
                    var (units, record) = sequential.Grow(firstBatch, (more, all) =>
                    {
                        // The Ctrl-C line counts the repetitions of the batch under way.
                        total = more;
                        Volatile.Write(ref allUnits, all);
                        Volatile.Write(ref saved, all - more);
                    }, done => Volatile.Write(ref saved, Volatile.Read(ref allUnits) - total + done));
                    var target = targets[0] with { Plan = precision.PlanAt(record.Repetitions) };
                    Publish(target, folders[0], journals[0], units, startedUtc, watch.Elapsed.TotalSeconds, false, record);
                }
            }
            finally
            {
                Console.CancelKeyPress -= OnCancel;
            }
        }
        finally
        {
            foreach (var journal in journals)
            {
                journal.Dispose();
            }
            foreach (var folder in folders)
            {
                folder.Dispose();
            }
        }
    }

    /// <summary>
    /// A new journal, holding (before any invocation line) the repetitions the folder's previous results already have
    /// for this plan (more repetitions, new points of the same scenario: <see cref="UnitReuse"/>).
    /// </summary>
    private Journal StartJournal(ResultsFolder folder, SweepPlan plan, string planId, JournalInvocation invocation, bool reuseSamePlan = false)
    {
        var reusable = folder.Inventory is { Manifest: { Points.Count: > 0 } previous, Inconsistency: null } && (reuseSamePlan || previous.PlanId != planId)
            ? UnitReuse.From(folder.Directory, previous.Points, plan)
            : [];
        if (reusable.Count == 0)
        {
            return Journal.Create(folder.Directory, planId, invocation);
        }
        using (var fresh = Journal.Create(folder.Directory, planId))
        {
            foreach (var unit in reusable)
            {
                fresh.Append(unit);
            }
        }
        var units = plan.Points.Count * plan.Repetitions;
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{folder.Directory}: reusing {reusable.Count} of {units} repetitions from its previous results (same scenario, topology, seed and code)"));
        return Journal.Open(folder.Directory, planId, invocation, units, plan.Repetitions);
    }

    /// <summary>What Ctrl-C leaves: the repetitions saved in the journals and the command that continues.</summary>
    private string Interrupted(IReadOnlyList<PlanTarget> targets, int saved, int all)
    {
        var where = targets.Count == 1 ? Path.Combine(targets[0].Directory, Journal.FileName) : $"the journals of {string.Join(", ", targets.Select(t => t.Directory))}";
        var again = Provenance.CommandLine([.. commandLine.Where(a => a is not "--restart" and not "--resume"), "--resume"]);
        return string.Create(CultureInfo.InvariantCulture, $"interrupted: {saved} of {all} repetitions are saved in {where}; continue with: {again}");
    }

    /// <summary>Reports each count to an action, on the calling thread (unlike <see cref="Progress{T}"/>, which posts).</summary>
    private sealed class Progress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    /// <summary>Writes one plan's results; in a batch its wall time counts from the start of the batch (its units ran among the others').</summary>
    private void Publish(PlanTarget target, ResultsFolder folder, Journal journal, IReadOnlyList<UnitResult> units, DateTime startedUtc, double wallSeconds, bool batch, PrecisionRecord? precision = null)
    {
        var plan = target.Plan;
        var figures = FigureCatalog.ForScenario(plan.Resolved.Scenario.Name);
        var provenance = Provenance.Of(commandLine, jobs, startedUtc, wallSeconds);
        var invocations = journal.Invocations
            .Select(i => new Invocation(i.CommandLine, i.Version, i.StartedUtc, null, null, i.Units))
            .Append(Invocation.Of(provenance, units.Count - journal.Finished.Count(u => u.Repetition < plan.Repetitions)))
            .ToList();
        if (target.Shard is { } shard)
        {
            ShardWriter.Write(folder, plan, shard, units, provenance, invocations);
            journal.Delete();
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {target.Directory}/{{{ShardRecord.UnitsFileName}, {Manifest.FileName}}}: shard {shard} of {plan.Resolved.Scenario.Name}, {units.Count} of {plan.Points.Count * plan.Repetitions} repetitions, in {wallSeconds:F1} s"));
            return;
        }
        var reused = journal.Finished.Take(journal.Reused).Count(u => u.Repetition < plan.Repetitions);
        ResultsWriter.Write(folder, plan, units, provenance, target.Reference, figures, invocations, reused, precision);
        journal.Delete();
        using var pause = _progress?.Pause();
        PrintSummary(plan, units);
        if (precision is not null)
        {
            stdout.WriteLine(SequentialRun.Outcome(precision));
        }
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {target.Directory}/{{{string.Join(", ", ResultsWriter.Writes(figures, plan.Columns.Count > 0).Where(name => name != Journal.FileName))}}} {(batch ? "at" : "in")} {wallSeconds:F1} s{(batch ? " since the start" : "")}"));
    }

    /// <summary>The summary of a finished plan on stdout: its header line and one row per point.</summary>
    public void PrintSummary(SweepPlan plan, IReadOnlyList<UnitResult> units)
    {
        var inv = CultureInfo.InvariantCulture;
        var s = plan.Resolved.Scenario;
        // A swept key's base value is not what ran: the header says it is swept instead. A setup axis sweeps the keys its
        // cases set.
        var swept = plan.Columns
            .Concat(s.Sweep.SelectMany(axis => axis.Values.OfType<SetupCase>()).SelectMany(c => c.Values.Select(v => v.Key)))
            .ToHashSet(StringComparer.Ordinal);
        string Shown(string key, string text) =>
            swept.Contains(key) || (key == "physicalNodes" && swept.Contains(SweepAxis.TotalCpus)) ? $"{key} swept" : text;
        var header = string.Join(", ", new[]
        {
            Shown("topology", $"on {Path.GetFileName(plan.Resolved.TopologyPath)}").Replace("topology swept", "on the swept topologies", StringComparison.Ordinal),
            Shown("physicalNodes", Shown("cpusPerNode", string.Create(inv, $"{s.PhysicalNodes} x {s.CpusPerNode} CPUs"))),
            Shown("TpSeconds", string.Create(inv, $"Tp = {s.TpSeconds} s")),
            Shown("ToSeconds", string.Create(inv, $"To = {s.ToSeconds} s")),
            Shown("MemoryMB", string.Create(inv, $"{s.Constants.Migration.MemoryMB} MB")),
            Shown("RateMbps", string.Create(inv, $"{s.RateMbps} Mbit/s")),
            Shown("sinkChanges", Shown("sinkIntervalSeconds", Shown("workload", WorkloadDescription.Of(s)))),
        }.Where(text => s.Workload == ComponentCatalog.DefaultWorkload || !text.EndsWith(" Mbit/s", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal));
        stdout.WriteLine(string.Create(inv, $"{s.Name}: {s.Repetitions} repetitions of {plan.Points.Count} point(s) {header}"));
        var summary = ResultTables.Summary(plan, units);
        if (plan.Columns.Count > 0)
        {
            SummaryConsoleTable.Write(stdout, plan, summary);
        }
        foreach (var row in plan.Columns.Count > 0 ? [] : summary.Rows)
        {
            stdout.WriteLine(string.Create(inv,
                $"  relative runtime mean {Number(row[1]):F3}, sd {Number(row[2]):F3}, 95% interval [{Number(row[3]):F3}, {Number(row[4]):F3}] (n = {row[0]})\n    runtime {Number(row[5]):F1} s with NETbalance, {Number(row[6]):F1} s without\n    {Number(row[7]):F1} re-placements, {Number(row[8]):F1} migrations, Tr {Number(row[9]):F2} s per run"));
        }
        foreach (var skipped in plan.Skipped)
        {
            stdout.WriteLine($"  skipped {skipped}");
        }
    }

    private static double Number(string field) => field.Length == 0 ? double.NaN : double.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture);
}

/// <summary>A plan with the folder its results go to, and whether they are reference results.</summary>
internal sealed record PlanTarget(SweepPlan Plan, string Directory, bool Reference)
{
    /// <summary>The share of the plan to run (<c>--shard</c>), or null for all of it.</summary>
    public ShardSpec? Shard { get; init; }

    /// <summary>Sequential stopping (<c>--precision</c>): <see cref="Plan"/> is the first batch, grown until the target is met; null for a fixed count.</summary>
    public PrecisionRun? Precision { get; init; }
}
