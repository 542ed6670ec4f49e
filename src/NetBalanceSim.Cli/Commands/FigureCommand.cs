using System.CommandLine;
using NetBalanceSim.Experiments.Running;

namespace NetBalanceSim.Cli.Commands;

/// <summary><c>netbalance-sim figure N</c> and <c>netbalance-sim reproduce</c>: the paper's figures and the strategy comparison.</summary>
internal static class FigureCommand
{
    public static Command CreateFigure()
    {
        var figure = new Argument<string>("figure") { Description = "The paper's figure (5, 6, 7, 8, 9 or 10) or 'strategies' (the strategy comparison)." };
        var (reps, quick, jobs, seed, force, resume, restart) = Options();
        var command = new Command("figure", "Reproduce one figure: run scenarios/figN.json (or strategies.json) into results/figN/ (reference results; --quick: fewer repetitions into results/quick/figN/).")
        {
            figure, reps, quick, jobs, seed, force, resume, restart,
        };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(figure)!;
            var id = FigureRunner.Normalise(name)
                ?? throw new UsageException($"figure {name}: expected one of 5, 6, 7, 8, 9, 10, strategies.");
            var runner = new FigureRunner(Executor(parse, jobs), FolderWriteOptions.Of(parse.GetValue(resume), parse.GetValue(restart), parse.GetValue(force), allowOtherFiles: false));
            runner.Run(id, parse.GetValue(reps), parse.GetValue(quick), parse.GetValue(seed));
            return CliApp.ExitOk;
        });
        return command;
    }

    public static Command CreateReproduce()
    {
        var (reps, quick, jobs, seed, force, resume, restart) = Options();
        var command = new Command("reproduce", "Reproduce the paper's figures (5 to 10) and the strategy comparison into results/fig5 .. fig10 and results/strategies (--quick: fewer repetitions into results/quick/).")
        {
            reps, quick, jobs, seed, force, resume, restart,
        };
        command.SetAction(parse =>
        {
            var runner = new FigureRunner(Executor(parse, jobs), FolderWriteOptions.Of(parse.GetValue(resume), parse.GetValue(restart), parse.GetValue(force), allowOtherFiles: false));
            runner.RunAll(FigureRunner.Figures, "reproduce", parse.GetValue(reps), parse.GetValue(quick), parse.GetValue(seed));
            return CliApp.ExitOk;
        });
        return command;
    }

    private static (Option<int?> Reps, Option<bool> Quick, Option<int> Jobs, Option<long?> Seed, Option<bool> Force, Option<bool> Resume, Option<bool> Restart) Options() =>
    (
        new Option<int?>("--reps", "-r") { Description = "Repetitions per point [default: the scenario's (30; strategies 10); --quick: 3]. Fig. 5 always plots one." },
        new Option<bool>("--quick") { Description = "Fewer repetitions, written to results/quick/ (not reference results)." },
        new Option<int>("--jobs", "-j") { Description = "Repetitions run at once; results are identical whatever the number.", DefaultValueFactory = _ => Environment.ProcessorCount },
        new Option<long?>("--seed", "-s") { Description = "Base seed (overrides 'baseSeed')." },
        new Option<bool>("--force", "-f") { Description = "Replace reference results made with other repetitions or another seed." },
        new Option<bool>("--resume") { Description = "Continue an interrupted run of the same figures from their journals." },
        new Option<bool>("--restart") { Description = "Discard the journals of an interrupted run and start over." }
    );

    private static PlanExecutor Executor(ParseResult parse, Option<int> jobs)
    {
        var count = parse.GetValue(jobs);
        if (count < 1)
        {
            throw new UsageException($"--jobs must be at least 1 (got {count}).");
        }
        var config = parse.InvocationConfiguration;
        return new PlanExecutor(config.Output, config.Error, [.. parse.Tokens.Select(t => t.Value)], count, new InitialPlacementCache());
    }
}
