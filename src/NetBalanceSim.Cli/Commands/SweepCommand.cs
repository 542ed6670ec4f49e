using System.CommandLine;
using System.Globalization;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Scenarios;
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
        var command = new Command("sweep", "Run every point of a scenario's sweep (the Cartesian product of its 'sweep' lists), with and without NETbalance; repetition r uses the same seed at every point.")
        {
            scenario, output, list, resume, where,
        };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var resolved = ScenarioFile.Load(parse.GetValue(scenario)!, options.Overrides(parse));
            var plan = SweepPlan.Of(resolved).Where(parse.GetValue(where) ?? []);
            var directory = parse.GetValue(output) ?? Path.Combine("results", resolved.Scenario.Name);
            var config = parse.InvocationConfiguration;
            if (parse.GetValue(list))
            {
                PrintPlan(config.Output, plan, directory);
                return CliApp.ExitOk;
            }
            var executor = new PlanExecutor(config.Output, config.Error, [.. parse.Tokens.Select(t => t.Value)], options.JobCount(parse), new InitialPlacementCache());
            executor.Execute(plan, directory, options.WriteOptions(parse, resume));
            return CliApp.ExitOk;
        });
        return command;
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
