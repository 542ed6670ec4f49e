using System.CommandLine;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Cli.Commands;

/// <summary><c>netbalance-sim run SCENARIO</c>: all repetitions of one scenario, with and without NETbalance.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file, e.g. scenarios/default.json." };
        var options = new ScenarioRunOptions();
        var output = new Option<string?>("--out", "-o") { Description = "Results folder [default: results/<scenario name>]." };
        var resume = new Option<bool>("--resume") { Description = "Continue an interrupted run from its journal." };
        var command = new Command("run", "Run a scenario's repetitions with and without NETbalance, print a summary and write results/<name>/ (runs.csv, summary.csv, tau-trace.csv, manifest.json).")
        {
            scenario, output, resume,
        };
        options.AddTo(command);
        options.AddPrecisionTo(command);
        command.SetAction(parse =>
        {
            var resolved = ScenarioFile.Load(parse.GetValue(scenario)!, options.Overrides(parse));
            if (resolved.Scenario.Sweep.Count > 0)
            {
                throw new UsageException($"{parse.GetValue(scenario)}: declares a sweep; run it with 'netbalance-sim sweep'.");
            }
            var config = parse.InvocationConfiguration;
            var executor = new PlanExecutor(config.Output, config.Error, [.. parse.Tokens.Select(t => t.Value)], options.JobCount(parse), new InitialPlacementCache());
            var directory = parse.GetValue(output) ?? Path.Combine("results", resolved.Scenario.Name);
            var plan = SweepPlan.Of(resolved);
            executor.Execute(plan, directory, options.WriteOptions(parse, resume), options.PrecisionOf(parse, resolved, plan, []));
            return CliApp.ExitOk;
        });
        return command;
    }
}
