using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Statistics;

namespace NetBalanceSim.Cli.Commands;

/// <summary><c>netbalance-sim run SCENARIO</c>: all repetitions of one scenario, with and without NETbalance.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file, e.g. scenarios/default.json." };
        var reps = new Option<int?>("--reps", "-r") { Description = "Repetitions (overrides the scenario's 'repetitions')." };
        var seed = new Option<long?>("--seed", "-s") { Description = "Base seed: repetition r uses seed + r (overrides 'baseSeed')." };
        var set = new Option<string[]>("--set") { Description = "Override a scenario key, e.g. --set TpSeconds=8 (repeatable).", AllowMultipleArgumentsPerToken = false };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Repetitions run at once; results are identical whatever the number.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var output = new Option<string?>("--out", "-o") { Description = "Results folder [default: results/<scenario name>]." };
        var force = new Option<bool>("--force", "-f") { Description = "Replace reference results." };
        var command = new Command("run", "Run a scenario's repetitions with and without NETbalance, print a summary and write results/<name>/ (runs.csv, summary.csv, tau-trace.csv, manifest.json).")
        {
            scenario, reps, seed, set, jobs, output, force,
        };
        command.SetAction(parse =>
        {
            var overrides = new List<string>(parse.GetValue(set) ?? []);
            if (parse.GetValue(reps) is int r)
            {
                overrides.Add(string.Create(CultureInfo.InvariantCulture, $"repetitions={r}"));
            }
            if (parse.GetValue(seed) is long s)
            {
                overrides.Add(string.Create(CultureInfo.InvariantCulture, $"baseSeed={s}"));
            }
            var jobCount = parse.GetValue(jobs);
            if (jobCount < 1)
            {
                throw new UsageException($"--jobs must be at least 1 (got {jobCount}).");
            }
            var config = parse.InvocationConfiguration;
            return Execute(parse.GetValue(scenario)!, overrides, jobCount, parse.GetValue(output), parse.GetValue(force), config.Output, config.Error, parse.Tokens.Select(t => t.Value).ToArray());
        });
        return command;
    }

    private static int Execute(string scenarioPath, List<string> overrides, int jobs, string? outputDir, bool force, TextWriter stdout, TextWriter stderr, string[] tokens)
    {
        var startedUtc = DateTime.UtcNow;
        var watch = Stopwatch.StartNew();
        var resolved = ScenarioFile.Load(scenarioPath, overrides);
        var scenario = resolved.Scenario;
        var directory = outputDir ?? Path.Combine("results", scenario.Name);
        var progress = new ProgressLine(stderr, $"run {scenario.Name}", scenario.Repetitions, TimeSpan.FromSeconds(5));
        var results = ExperimentRunner.Run(resolved, jobs, progress);
        var provenance = Provenance.Of(tokens, jobs, startedUtc, watch.Elapsed.TotalSeconds);
        ExperimentWriter.Write(directory, resolved, results, provenance, force);
        PrintSummary(stdout, resolved, results);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {directory}/{{{string.Join(", ", ExperimentWriter.DataFiles)}, {Manifest.FileName}}} in {watch.Elapsed.TotalSeconds:F1} s"));
        return CliApp.ExitOk;
    }

    private static void PrintSummary(TextWriter stdout, ResolvedScenario resolved, IReadOnlyList<RepetitionResult> results)
    {
        var s = resolved.Scenario;
        var inv = CultureInfo.InvariantCulture;
        var relative = SampleSummary.Of([.. results.Select(r => r.RelativeRuntime)]);
        stdout.WriteLine(string.Create(inv,
            $"{s.Name}: {s.Repetitions} repetitions on {Path.GetFileName(resolved.TopologyPath)}, {s.PhysicalNodes} x {s.CpusPerNode} CPUs, Tp = {s.TpSeconds} s, To = {s.ToSeconds} s, {s.Constants.Migration.MemoryMB} MB, {s.RateMbps} Mbit/s, {s.SinkChanges} sink changes every {s.SinkIntervalSeconds} s"));
        stdout.WriteLine(string.Create(inv, $"  relative runtime    mean {relative.Mean:F3}   sd {relative.StandardDeviation:F3}   95% interval [{relative.Ci95Low:F3}, {relative.Ci95High:F3}]"));
        stdout.WriteLine(string.Create(inv,
            $"  runtime             with NETbalance {results.Average(r => r.NetBalance.RuntimeSeconds):F1} s, without {results.Average(r => r.Baseline.RuntimeSeconds):F1} s (means)"));
        stdout.WriteLine(string.Create(inv,
            $"  per run             {results.Average(r => r.NetBalance.ReplacementsDeployed):F1} re-placements deployed of {results.Average(r => r.NetBalance.ReplacementsConsidered):F1} searched, {results.Average(r => r.NetBalance.Migrations):F1} migrations, Tr {results.Average(r => r.NetBalance.ReconfigurationSeconds):F2} s in all"));
    }
}
