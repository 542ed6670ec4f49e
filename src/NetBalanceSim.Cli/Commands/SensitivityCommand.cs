using System.CommandLine;
using System.Globalization;
using System.Text;
using NetBalanceSim.Experiments.Figures;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sensitivity;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Cli.Commands;

/// <summary>
/// <c>netbalance-sim sensitivity SCENARIO</c>: tornado and Morris screening of the model constants, run as a sweep of
/// named setup cases; <c>--write-scenario FILE</c> writes that sweep for <c>sweep</c>/<c>slurm</c>, and
/// <c>--analyse DIR</c> analyses a finished one.
/// </summary>
internal static class SensitivityCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string?>("scenario") { Description = "The scenario to screen (without a sweep), e.g. scenarios/default.json.", Arity = ArgumentArity.ZeroOrOne };
        var options = new ScenarioRunOptions();
        var output = new Option<string?>("--out", "-o") { Description = "Results folder [default: results/<scenario name>-sensitivity]." };
        var resume = new Option<bool>("--resume") { Description = "Skip the repetitions an interrupted run already finished (kept in its journal)." };
        var factors = new Option<string?>("--factors") { Description = $"Comma-separated factors to vary [default: all: {string.Join(", ", SensitivityFactors.All.Select(f => f.Name))}]." };
        var method = new Option<string>("--method") { Description = "tornado, morris or both.", DefaultValueFactory = _ => "both" };
        var trajectories = new Option<int>("--trajectories") { Description = "Morris trajectories r (1 to 1000).", DefaultValueFactory = _ => 10 };
        var levels = new Option<int>("--levels") { Description = "Morris grid levels p (even, 2 to 100); the step is p / (2 (p - 1)).", DefaultValueFactory = _ => 4 };
        var designSeed = new Option<long>("--design-seed") { Description = "Seed of the Morris design (the repetitions' seeds are baseSeed + r, as everywhere).", DefaultValueFactory = _ => 1 };
        var metric = new Option<string>("--metric") { Description = "The summary.csv column analysed.", DefaultValueFactory = _ => SummaryColumns.RelativeRuntimeMean };
        var writeScenario = new Option<string?>("--write-scenario") { Description = "Write the generated sweep scenario to FILE and stop (run it with sweep FILE [--shard i/N] or slurm FILE, then --analyse its results folder)." };
        var analyse = new Option<string?>("--analyse", "--analyze") { Description = "Analyse a finished sensitivity sweep's results folder (its summary.csv) instead of running." };
        var command = new Command("sensitivity",
            "Screen the model constants (link-emulation and forwarding costs, coordinator speed, the migration costs of Table 1): " +
            "one at a time (tornado) and by Morris elementary effects, each point a paired sweep point; writes tornado.csv, morris.csv and their figures.")
        {
            scenario, output, factors, method, trajectories, levels, designSeed, metric, writeScenario, analyse, resume,
        };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var config = parse.InvocationConfiguration;
            var column = CheckMetric(parse.GetValue(metric)!);
            if (parse.GetValue(analyse) is { } folder)
            {
                if (parse.GetValue(scenario) is not null || parse.GetValue(writeScenario) is not null)
                {
                    throw new UsageException("--analyse: give either a SCENARIO to run or --analyse DIR, not both");
                }
                Report(config.Output, folder, column, parse);
                return CliApp.ExitOk;
            }
            var path = parse.GetValue(scenario) ?? throw new UsageException("sensitivity: give a SCENARIO (e.g. scenarios/default.json), or --analyse DIR");
            var methods = ParseMethod(parse.GetValue(method)!);
            var r = parse.GetValue(trajectories) is var t and >= 1 and <= 1000 ? t : throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--trajectories {parse.GetValue(trajectories)}: must be from 1 to 1000"));
            var p = parse.GetValue(levels);
            if (MorrisDesign.CheckLevels(p) is { } problem)
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--levels {p}: {problem}"));
            }
            var seed = parse.GetValue(designSeed) is var s and >= 0 ? s : throw new UsageException("--design-seed: must be 0 or more");
            var chosen = SensitivityFactors.Select(parse.GetValue(factors));
            var resolved = ScenarioFile.Load(path, options.Overrides(parse));
            var design = SensitivityDesign.Create(resolved.Scenario, chosen, methods, r, p, (ulong)seed);
            var generated = SensitivityScenario.Of(resolved, design);
            var plan = SweepPlan.Of(generated);
            var commandLine = parse.Tokens.Select(token => token.Value).ToArray();
            var directory = parse.GetValue(output) ?? Path.Combine("results", generated.Scenario.Name);
            if (parse.GetValue(writeScenario) is { } file)
            {
                Write(config.Output, generated, plan, file, commandLine);
                return CliApp.ExitOk;
            }
            config.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{generated.Scenario.Name}: {plan.Points.Count} points ({chosen.Count} factors) x {plan.Repetitions} paired repetitions (seeds {resolved.Scenario.BaseSeed} + r at every point) into {directory}/"));
            var executor = new PlanExecutor(TextWriter.Null, config.Error, commandLine, options.JobCount(parse), new InitialPlacementCache());
            executor.Execute(plan, directory, options.WriteOptions(parse, resume));
            Report(config.Output, directory, column, parse);
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>A metric must be a column of summary.csv (checked before anything runs).</summary>
    private static string CheckMetric(string metric) =>
        SummaryColumns.All.Contains(metric, StringComparer.Ordinal) && metric != SummaryColumns.N
            ? metric
            : throw new UsageException($"--metric {metric}: not a metric column of summary.csv; did you mean '{NetBalance.NameSuggestion.Closest(metric, SummaryColumns.All.Skip(1))}'? (docs/columns.md lists them)");

    private static SensitivityMethods ParseMethod(string text) => text switch
    {
        "tornado" => SensitivityMethods.Tornado,
        "morris" => SensitivityMethods.Morris,
        "both" => SensitivityMethods.Both,
        _ => throw new UsageException($"--method {text}: expected tornado, morris or both"),
    };

    /// <summary>Saves the generated scenario, checks that it loads as the same sweep, and says how to run it.</summary>
    private static void Write(TextWriter stdout, ResolvedScenario generated, SweepPlan plan, string file, string[] commandLine)
    {
        var comment = $"Generated by: {Provenance.CommandLine(commandLine)}\n" +
            "Each setup case is one point of the sensitivity design (tornado ends, Morris trajectory steps); every point runs the seeds baseSeed + r.\n" +
            $"Run it with 'netbalance-sim sweep {Path.GetFileName(file)}' (or --shard i/N and --merge, or slurm), then 'netbalance-sim sensitivity --analyse RESULTS_DIR'.";
        try
        {
            SensitivityScenario.Save(generated, file, comment);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--write-scenario {file}: cannot write ({ex.Message})");
        }
        var reloaded = SweepPlan.Of(ScenarioFile.Load(file));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {file}: {reloaded.Points.Count} points x {plan.Repetitions} repetitions; run: netbalance-sim sweep {file}  then: netbalance-sim sensitivity --analyse results/{generated.Scenario.Name}"));
    }

    /// <summary>Analyses the folder, writes the tables and figures beside its results (listed in its manifest) and prints the ranking.</summary>
    private static void Report(TextWriter stdout, string folder, string metric, ParseResult parse)
    {
        var result = SensitivityAnalysis.Analyse(folder, metric);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var data = new FigureData(null, null);
        if (result.Tornado.Count > 0)
        {
            files[SensitivityTables.TornadoFile] = Bytes(SensitivityTables.Tornado(result));
            AddFigure(files, new TornadoFigure(result), data);
        }
        if (result.Morris.Count > 0)
        {
            files[SensitivityTables.MorrisFile] = Bytes(SensitivityTables.Morris(result));
            AddFigure(files, new MorrisFigure(result), data);
        }
        var ours = FolderInventory.Read(folder, foreignManifest: true).Manifest is not null;
        var request = new FolderRequest(null, ours ? [.. files.Keys, Manifest.FileName] : [.. files.Keys], AllowOtherFiles: true, AddOnly: true);
        var holder = $"process {Environment.ProcessId}: {Provenance.CommandLine([.. parse.Tokens.Select(t => t.Value)])}";
        using (var claimed = ResultsFolder.Claim(folder, request, holder))
        {
            if (claimed.Inventory.Inconsistency is { } why)
            {
                throw new ResultsFolderException($"{folder}: {why}; run it again (with --resume) before analysing");
            }
            claimed.PublishAlongside(files);
        }
        foreach (var line in SensitivityTables.ConsoleLines(result))
        {
            stdout.WriteLine(line);
        }
        stdout.WriteLine($"wrote {folder}/{{{string.Join(", ", files.Keys.Order(StringComparer.Ordinal))}}}");
    }

    private static void AddFigure(Dictionary<string, byte[]> files, IFigure figure, FigureData data)
    {
        var (png, svg) = FigureRenderer.Draw(figure, data);
        files[figure.Id + ".png"] = png;
        files[figure.Id + ".svg"] = Encoding.UTF8.GetBytes(svg);
    }

    private static byte[] Bytes(CsvTable table)
    {
        using var buffer = new MemoryStream();
        table.WriteTo(buffer);
        return buffer.ToArray();
    }
}
