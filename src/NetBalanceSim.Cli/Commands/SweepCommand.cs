using System.CommandLine;
using System.Globalization;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Shards;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Cli.Commands;

/// <summary><c>netbalance-sim sweep FILE</c>: every point of a scenario's sweep, resumable.</summary>
internal static class SweepCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "A scenario file with a 'sweep' object, e.g. scenarios/fig7.json." };
        var options = new ScenarioRunOptions();
        var output = new Option<string?>("--out", "-o") { Description = "Results folder [default: results/<scenario name>]." };
        var list = new Option<bool>("--list") { Description = "Print the plan (points x variants x repetitions, seeds, output folder) without running." };
        var where = new Option<string[]>("--where")
        {
            Description = "Run only the points whose swept KEY has VALUE, e.g. --where topology=grid (repeatable: values of one key are alternatives, keys must all match).",
        };
        var resume = new Option<bool>("--resume") { Description = "Skip the repetitions an interrupted sweep already finished (kept in its journal)." };
        var shard = new Option<string?>("--shard")
        {
            Description = "Run only share INDEX of the sweep split COUNT ways (INDEX from 0, as $SLURM_ARRAY_TASK_ID in --array=0-(COUNT-1)), balanced by estimated work, into its own folder [default -o: results/<scenario name>.shards/INDEX]; merge the shards with --merge.",
        };
        var merge = new Option<string[]>("--merge")
        {
            Description = "Assemble the folders of finished shards (sweep --shard i/N, same scenario and options) into the results of the whole sweep, the same tables and plots as a one-machine run.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("sweep", "Run every point of a scenario's sweep (the Cartesian product of its 'sweep' lists), with and without NETbalance; repetition r uses the same seed at every point.")
        {
            scenario, output, list, resume, where, shard, merge,
        };
        options.AddTo(command);
        options.AddPrecisionTo(command);
        command.SetAction(parse =>
        {
            var share = ParseShard(parse.GetValue(shard));
            var shards = parse.GetValue(merge) ?? [];
            if (shards.Length > 0 && (share is not null || parse.GetValue(resume) || parse.GetValue(list)))
            {
                throw new UsageException("--merge: cannot be combined with --shard, --resume or --list; merge the finished shards in a command of its own");
            }
            var resolved = ScenarioFile.Load(parse.GetValue(scenario)!, options.Overrides(parse));
            var plan = SweepPlan.Of(resolved).Where(parse.GetValue(where) ?? []);
            var precision = options.PrecisionOf(parse, resolved, plan, parse.GetValue(where) ?? []);
            if (precision is not null && (share is not null || shards.Length > 0))
            {
                throw new UsageException("--precision: cannot be combined with --shard or --merge; a sequential run decides its repetitions as it goes, on one machine");
            }
            var directory = parse.GetValue(output)
                ?? (share is null ? Path.Combine("results", resolved.Scenario.Name) : Path.Combine("results", resolved.Scenario.Name + ".shards", share.Index.ToString(CultureInfo.InvariantCulture)));
            var config = parse.InvocationConfiguration;
            var commandLine = parse.Tokens.Select(t => t.Value).ToArray();
            if (parse.GetValue(list))
            {
                PrintPlan(config.Output, plan, directory);
                if (share is not null)
                {
                    PrintShare(config.Output, plan, share);
                }
                return CliApp.ExitOk;
            }
            if (shards.Length > 0)
            {
                new MergeExecutor(config.Output, config.Error, commandLine).Merge(plan, shards, directory, options.WriteOptions(parse, resume));
                return CliApp.ExitOk;
            }
            var executor = new PlanExecutor(config.Output, config.Error, commandLine, options.JobCount(parse), new InitialPlacementCache());
            if (share is not null)
            {
                executor.ExecuteShard(plan, share, directory, options.WriteOptions(parse, resume));
                return CliApp.ExitOk;
            }
            executor.Execute(plan, directory, options.WriteOptions(parse, resume), precision);
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>The value of <c>--shard</c>, checked; null if not given.</summary>
    public static ShardSpec? ParseShard(string? text) =>
        text is null ? null : ShardSpec.TryParse(text, out var spec) is { } problem ? throw new UsageException($"--shard {text}: {problem}") : spec;

    /// <summary>The shard's share of the units and of the estimated work, beside the split's other shards.</summary>
    private static void PrintShare(TextWriter output, SweepPlan plan, ShardSpec share)
    {
        var costs = ShardAssignment.Costs(plan, SweepRunner.LoadTopologies([plan]));
        var split = ShardAssignment.Split(costs, share.Count);
        var works = split.Select(s => ShardAssignment.Work(costs, s)).ToList();
        var total = works.Sum();
        works = [.. works.Select(w => w / total)];
        var mine = split[share.Index];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  shard {share}: {mine.Count} of {costs.Count} repetitions, {100 * works[share.Index]:F1}% of the estimated work (the {share.Count} shards: {100 * works.Min():F1}% to {100 * works.Max():F1}%, the largest {100 * ((works.Max() * share.Count) - 1):F1}% above the mean)"));
        output.WriteLine($"  units (point/repetition): {string.Join(" ", mine.Select(u => string.Create(CultureInfo.InvariantCulture, $"{u.Point}/{u.Repetition}")))}");
    }

    /// <summary>The plan as text: its size, seeds, output folder and every point.</summary>
    public static void PrintPlan(TextWriter output, SweepPlan plan, string directory)
    {
        var inv = CultureInfo.InvariantCulture;
        var s = plan.Resolved.Scenario;
        var runs = plan.Points.Count * 2 * plan.Repetitions;
        output.WriteLine(string.Create(inv, $"{s.Name}: {plan.Points.Count} point(s) x 2 variants x {plan.Repetitions} repetitions = {runs} runs"));
        output.WriteLine(string.Create(inv, $"  seeds: repetition r uses {s.BaseSeed} + r ({s.BaseSeed} .. {s.BaseSeed + plan.Repetitions - 1}) at every point"));
        output.WriteLine($"  output: {directory}/");
        foreach (var point in plan.Points)
        {
            var values = plan.Columns.Count == 0 ? "(no sweep)" : string.Join(", ", plan.Columns.Select((c, i) => $"{c}={point.Values[i]}"));
            output.WriteLine(string.Create(inv, $"  point {point.Index}: {values}"));
        }
        foreach (var skipped in plan.Skipped)
        {
            output.WriteLine($"  skipped: {skipped}");
        }
    }
}
