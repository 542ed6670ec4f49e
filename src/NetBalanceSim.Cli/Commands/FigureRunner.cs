using NetBalanceSim.Experiments.Data;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Cli.Commands;

/// <summary>
/// Runs the figures' scenarios (the paper's <c>scenarios/fig5.json</c> .. <c>fig10.json</c> and the strategy comparison
/// <c>scenarios/strategies.json</c>, from the data folder) into <c>results/&lt;id&gt;/</c> (the checkout's inside a checkout,
/// else the current folder's), marked
/// as reference results when run as the files stand; <c>--quick</c> runs fewer repetitions into
/// <c>results/quick/figN/</c> instead, so the committed references are never replaced by a quick look. Reference
/// results of another plan (other repetitions or seed) are only replaced with <c>--force</c>.
/// </summary>
internal sealed class FigureRunner(PlanExecutor executor, FolderWriteOptions options)
{
    /// <summary>The scenarios <c>reproduce</c> runs, in order: the paper's figures, then the strategy comparison.</summary>
    public static readonly string[] Figures = ["fig5", "fig6", "fig7", "fig8", "fig9", "fig10", "strategies", "learned-to", "predictors"];

    /// <summary>The scenario id of a figure as the user names it: <c>7</c>, <c>fig7</c> or <c>strategies</c>.</summary>
    /// <returns>The id, or null if it names none.</returns>
    public static string? Normalise(string name)
    {
        var id = name.All(char.IsAsciiDigit) ? "fig" + name : name;
        return Figures.Contains(id, StringComparer.Ordinal) ? id : null;
    }

    /// <summary>Repetitions of a quick run.</summary>
    public const int QuickRepetitions = 3;

    public void Run(string id, int? repetitions, bool quick, long? seed) => RunAll([id], id, repetitions, quick, seed);

    /// <summary>Runs several figures through one work queue, each published as soon as its last repetition is done.</summary>
    public void RunAll(IReadOnlyList<string> ids, string progressName, int? repetitions, bool quick, long? seed)
    {
        var targets = ids.Select(id =>
        {
            var (plan, directory, reference) = Plan(id, repetitions, quick, seed);
            return new PlanTarget(plan, directory, reference);
        }).ToList();
        executor.ExecuteAll(targets, options, progressName);
    }

    private static (SweepPlan Plan, string Directory, bool Reference) Plan(string id, int? repetitions, bool quick, long? seed)
    {
        // --reps and --seed are checked under their own names for every figure, fig5 included.
        _ = ScenarioRunOptions.RepsAndSeed(repetitions, seed).ToList();
        // Fig. 5 plots one repetition (DESIGN §4); the other figures take --reps (or the quick count).
        var reps = id == "fig5" ? null : quick ? repetitions ?? QuickRepetitions : repetitions;
        var overrides = ScenarioRunOptions.RepsAndSeed(reps, seed).ToList();
        var path = Locate(id);
        var resolved = ScenarioFile.Load(path, overrides);
        var results = DataFolder.ResultsRoot();
        var directory = quick ? Path.Combine(results, "quick", id) : Path.Combine(results, id);
        // Only a run of the figure's file as it stands makes reference results; --reps or --seed that change it do not.
        var asShipped = ScenarioFile.Load(path).Scenario;
        var reference = !quick && resolved.Scenario.Repetitions == asShipped.Repetitions && resolved.Scenario.BaseSeed == asShipped.BaseSeed;
        return (SweepPlan.Of(resolved), directory, reference);
    }

    /// <summary>Finds <c>scenarios/&lt;id&gt;.json</c> in the data folder (<see cref="DataFolder"/>).</summary>
    public static string Locate(string id) =>
        DataFolder.Scenario(id) is { } path
            ? Path.GetRelativePath(Directory.GetCurrentDirectory(), path)
            : throw new UsageException($"scenarios/{id}.json not found in the data folder {DataFolder.Locate()}; set {DataFolder.EnvironmentVariable} to a folder holding scenarios/ and topologies/.");
}
