using System.CommandLine;
using System.Globalization;
using NetBalanceSim.Experiments.Data;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Statements;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Cli.Commands;

/// <summary>
/// <c>netbalance-sim calibrate [--grid KEY=V1,V2,...]... [--reps N]</c>: runs figures 6 to 10 for every candidate of a
/// grid of constants (paired: the same seeds for every candidate), checks the paper's statements on each, and chooses
/// the candidate from the calibration set alone; the validation set is reported beside it (docs/model.md, "Calibration").
/// </summary>
internal static class CalibrateCommand
{
    /// <summary>The fewest repetitions per candidate and point.</summary>
    public const int MinRepetitions = 5;

    public static Command Create()
    {
        var grid = new Option<string[]>("--grid")
        {
            Description = $"A constant and the values to try, KEY=V1,V2,... (repeatable: the candidates are every combination) [default: {string.Join(" ", CalibrationGrid.Default.Select(g => "--grid " + g))}].",
        };
        var reps = new Option<int>("--reps", "-r") { Description = $"Repetitions per candidate and point, paired across candidates (at least {MinRepetitions}; near a band's edge 30 are needed to tell a statement from noise).", DefaultValueFactory = _ => MinRepetitions };
        var seed = new Option<long?>("--seed", "-s") { Description = "Base seed: repetition r uses seed + r for every candidate (overrides the figures' 'baseSeed')." };
        var output = new Option<string?>("--out", "-o") { Description = "Folder of the calibration [default: results/calibration]: <candidate>/fig6 .. fig10 and calibration.csv." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Repetitions run at once; results are identical whatever the number.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var resume = new Option<bool>("--resume") { Description = "Continue an interrupted calibration from its journals (finished figures are reused either way with the same code version; after a code change, --analyse scores them again)." };
        var restart = new Option<bool>("--restart") { Description = "Discard the journals of an interrupted calibration and start over." };
        var analyse = new Option<bool>("--analyse") { Description = "Run nothing: score the candidates' finished results in the folder again (e.g. after the statements' code changed) and rewrite the tables." };
        var command = new Command("calibrate", "Run figures 6 to 10 for every candidate of a grid of model constants, check the paper's statements S1 .. S10 on each, and choose the candidate holding most of the calibration set (S2 S3 S4 S5 S9); the validation set (S1 S6 S7 S8 S10) is reported, not used.")
        {
            grid, reps, seed, output, jobs, resume, restart, analyse,
        };
        command.SetAction(parse =>
        {
            var candidates = CalibrationGrid.Parse(parse.GetValue(grid) is { Length: > 0 } given ? given : CalibrationGrid.Default, Refused());
            var repetitions = parse.GetValue(reps);
            if (repetitions < MinRepetitions)
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--reps {repetitions}: a calibration needs at least {MinRepetitions} paired repetitions per candidate"));
            }
            var count = parse.GetValue(jobs) is var j and >= 1 ? j : throw new UsageException($"--jobs must be at least 1 (got {parse.GetValue(jobs)}).");
            var folder = parse.GetValue(output) ?? Path.Combine(DataFolder.ResultsRoot(), "calibration");
            var common = ScenarioRunOptions.RepsAndSeed(repetitions, parse.GetValue(seed)).ToList();
            var targets = new List<PlanTarget>();
            foreach (var candidate in candidates)
            {
                foreach (var figure in PaperStatements.FigureIds)
                {
                    var resolved = ScenarioFile.Load(FigureRunner.Locate(figure), [.. candidate.Overrides, .. common]);
                    targets.Add(new PlanTarget(SweepPlan.Of(resolved), Path.Combine(folder, candidate.Name, figure), false));
                }
            }
            var config = parse.InvocationConfiguration;
            if (parse.GetValue(analyse))
            {
                CheckFinished(targets);
            }
            else
            {
                var executor = new PlanExecutor(config.Output, config.Error, [.. parse.Tokens.Select(t => t.Value)], count, new InitialPlacementCache());
                executor.ExecuteAll(targets, FolderWriteOptions.Of(parse.GetValue(resume), parse.GetValue(restart), force: false, allowOtherFiles: false), "calibrate");
            }

            var reports = candidates.Select(c => StatementReport.Of(FigureResults.Load(Path.Combine(folder, c.Name), PaperStatements.FigureIds))).ToList();
            var chosen = CalibrationChoice.Choose(reports);
            for (var i = 0; i < candidates.Count; i++)
            {
                reports[i].ToTable().Save(Path.Combine(folder, candidates[i].Name, "statements.csv"));
            }
            var table = Path.Combine(folder, "calibration.csv");
            CalibrationChoice.Table(candidates, reports, chosen).Save(table);
            Print(config.Output, candidates, reports, chosen, table);
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>For <c>--analyse</c>: every candidate's figure folder holds the finished results of its plan.</summary>
    private static void CheckFinished(List<PlanTarget> targets)
    {
        foreach (var target in targets)
        {
            var inventory = FolderInventory.Read(target.Directory);
            if (inventory.HasJournal || inventory.Manifest?.PlanId != ResultsWriter.PlanId(target.Plan))
            {
                throw new UsageException($"--analyse: {target.Directory} does not hold the finished results of this candidate (same --grid, --reps and --seed); run calibrate without --analyse");
            }
        }
    }

    /// <summary>The keys a candidate may not set: the seeds and repetitions every candidate shares, and what the figures sweep.</summary>
    private static Dictionary<string, string> Refused()
    {
        var refused = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["baseSeed"] = "every candidate runs the same seeds (give --seed)",
            ["repetitions"] = "every candidate runs the same repetitions (give --reps)",
            ["name"] = "the candidates run the figures' scenarios",
        };
        foreach (var figure in PaperStatements.FigureIds)
        {
            foreach (var axis in ScenarioFile.Load(FigureRunner.Locate(figure)).Scenario.Sweep)
            {
                refused.TryAdd(axis.Key, $"{figure} sweeps it");
            }
        }
        refused.TryAdd("physicalNodes", "fig10 sets it from totalCpus");
        return refused;
    }

    private static void Print(TextWriter output, IReadOnlyList<CalibrationCandidate> candidates, List<StatementReport> reports, int chosen, string table)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine("candidate  calibration held (distance)  validation held (distance)  constants");
        for (var i = 0; i < candidates.Count; i++)
        {
            var r = reports[i];
            output.WriteLine(string.Create(inv,
                $"{(i == chosen ? "*" : " ")}{candidates[i].Name,-10}{r.Held(StatementSet.Calibration),2} of {r.Count(StatementSet.Calibration)} ({r.Distance(StatementSet.Calibration),6:F3})        {r.Held(StatementSet.Validation),2} of {r.Count(StatementSet.Validation)} ({r.Distance(StatementSet.Validation),6:F3})         {candidates[i]}"));
        }
        output.WriteLine($"chosen: {candidates[chosen].Name}, {candidates[chosen]}: {reports[chosen].CountLine()}");
        foreach (var (statement, verdict) in reports[chosen].Verdicts)
        {
            output.WriteLine($"  {statement.Id,-4}{StatementsCommand.Verdict(verdict),-13}{verdict.Measured}");
        }
        output.WriteLine($"wrote {table}");
    }
}
