using System.Globalization;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Cli.Commands;

/// <summary>
/// Runs the paper's figures from <c>scenarios/fig5.json</c> .. <c>fig10.json</c> into <c>results/figN/</c>, marked
/// as reference results when run as the files stand; <c>--quick</c> runs fewer repetitions into
/// <c>results/quick/figN/</c> instead, so the committed references are never replaced by a quick look. Reference
/// results of another plan (other repetitions or seed) are only replaced with <c>--force</c>.
/// </summary>
internal sealed class FigureRunner(PlanExecutor executor, bool force)
{
    public static readonly int[] Figures = [5, 6, 7, 8, 9, 10];

    /// <summary>Repetitions of a quick run.</summary>
    public const int QuickRepetitions = 3;

    public void Run(int figure, int? repetitions, bool quick, long? seed)
    {
        var id = $"fig{figure}";
        var overrides = new List<string>();
        // Fig. 5 plots one repetition (DESIGN §4); the other figures take --reps (or the quick count).
        var reps = figure == 5 ? null : quick ? repetitions ?? QuickRepetitions : repetitions;
        if (reps is int r)
        {
            overrides.Add(string.Create(CultureInfo.InvariantCulture, $"repetitions={r}"));
        }
        if (seed is long s)
        {
            overrides.Add(string.Create(CultureInfo.InvariantCulture, $"baseSeed={s}"));
        }
        var path = Locate(id);
        var resolved = ScenarioFile.Load(path, overrides);
        var directory = quick ? Path.Combine("results", "quick", id) : Path.Combine("results", id);
        // Only a run of the figure's file as it stands makes reference results; --reps or --seed that change it do not.
        var asShipped = ScenarioFile.Load(path).Scenario;
        var reference = !quick && resolved.Scenario.Repetitions == asShipped.Repetitions && resolved.Scenario.BaseSeed == asShipped.BaseSeed;
        executor.Execute(SweepPlan.Of(resolved), directory, resume: false, force, reference);
    }

    /// <summary>Finds <c>scenarios/&lt;id&gt;.json</c> above the working directory, then above the program.</summary>
    public static string Locate(string id)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, "scenarios", id + ".json");
                if (File.Exists(path))
                {
                    return Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
                }
            }
        }
        throw new UsageException($"scenarios/{id}.json not found above {Directory.GetCurrentDirectory()}; run from the repository.");
    }
}
