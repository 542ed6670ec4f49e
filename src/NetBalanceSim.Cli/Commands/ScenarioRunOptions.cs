using System.CommandLine;
using System.Globalization;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Cli.Commands;

/// <summary>The options of the verbs that run scenarios (<c>run</c>, <c>sweep</c>, <c>figure</c>, <c>reproduce</c>).</summary>
internal sealed class ScenarioRunOptions
{
    public Option<int?> Reps { get; } = new("--reps", "-r") { Description = "Repetitions (overrides the scenario's 'repetitions')." };

    public Option<long?> Seed { get; } = new("--seed", "-s") { Description = "Base seed: repetition r uses seed + r (overrides 'baseSeed')." };

    public Option<string[]> Set { get; } = new("--set") { Description = "Override a scenario key, e.g. --set TpSeconds=8 (repeatable)." };

    public Option<bool> Lenient { get; } = LenientOption();

    public Option<bool> LargestComponent { get; } = LargestComponentOption();

    /// <summary><c>--lenient</c>: the scenario key <c>topologyLenient</c> set to true.</summary>
    public static Option<bool> LenientOption() => new("--lenient")
    {
        Description = "Drop the topology's self-loops and duplicate links with a warning (same as --set topologyLenient=true).",
    };

    /// <summary><c>--largest-component</c>: the scenario key <c>topologyLargestComponent</c> set to true.</summary>
    public static Option<bool> LargestComponentOption() => new("--largest-component")
    {
        Description = "Keep only the topology's largest connected component, with a warning (same as --set topologyLargestComponent=true).",
    };

    /// <summary>The overrides <c>--lenient</c> and <c>--largest-component</c> stand for, when given.</summary>
    public static IEnumerable<string> TopologyOverrides(ParseResult parse, Option<bool> lenient, Option<bool> largestComponent)
    {
        if (parse.GetValue(lenient))
        {
            yield return "topologyLenient=true";
        }
        if (parse.GetValue(largestComponent))
        {
            yield return "topologyLargestComponent=true";
        }
    }

    public Option<int> Jobs { get; } = new("--jobs", "-j")
    {
        Description = "Repetitions run at once; results are identical whatever the number.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public Option<bool> Force { get; } = new("--force", "-f") { Description = "Replace reference results (with --shard: a folder holding another shard or whole results)." };

    public Option<bool> Restart { get; } = new("--restart")
    {
        Description = "Discard the journal of an unfinished run in the results folder and start over (without it, such a folder is refused; --resume continues it).",
    };

    /// <summary>How the run may treat its results folder.</summary>
    public FolderWriteOptions WriteOptions(ParseResult parse, Option<bool> resume) =>
        FolderWriteOptions.Of(parse.GetValue(resume), parse.GetValue(Restart), parse.GetValue(Force), parse.GetValue(AllowOtherFiles));

    public Option<double?> Precision { get; } = new("--precision")
    {
        Description = "Sequential stopping: after the first --reps, add repetitions to every point together until each point's 95% half-width of the mean relative runtime is at most H (or --max-reps is reached).",
        HelpName = "H",
    };

    public Option<int?> MaxReps { get; } = new("--max-reps")
    {
        Description = "With --precision: the most repetitions per point [default: 200].",
    };

    /// <summary>Adds <c>--precision</c> and <c>--max-reps</c> (run and sweep).</summary>
    public void AddPrecisionTo(Command command)
    {
        command.Options.Add(Precision);
        command.Options.Add(MaxReps);
    }

    /// <summary>
    /// The sequential run <c>--precision</c> asks for (null without it): the plan of the scenario as loaded (with the
    /// command's overrides) at any count of repetitions, filtered by <paramref name="where"/>, without reading the file
    /// again; the plan at <c>--max-reps</c> is made here, so a maximum above the limits is refused before anything runs.
    /// </summary>
    public PrecisionRun? PrecisionOf(ParseResult parse, ResolvedScenario resolved, SweepPlan first, IReadOnlyList<string> where)
    {
        var h = parse.GetValue(Precision);
        var max = parse.GetValue(MaxReps);
        if (h is null)
        {
            return max is null ? null : throw new UsageException("--max-reps: only with --precision");
        }
        if (!(h > 0) || !double.IsFinite(h.Value))
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--precision {h}: expected a positive half-width, e.g. 0.01"));
        }
        var most = max ?? Math.Max(PrecisionTarget.DefaultMaxRepetitions, first.Repetitions);
        if (most < first.Repetitions)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--max-reps {most}: below the {first.Repetitions} repetitions the run starts with"));
        }
        _ = Checked("--max-reps", "repetitions", most); // in the range of 'repetitions'
        SweepPlan At(int repetitions) =>
            SweepPlan.Of(resolved with { Scenario = resolved.Scenario with { Repetitions = repetitions } }).Where(where);
        return new PrecisionRun(new PrecisionTarget(h.Value, most), At, At(most));
    }

    public Option<bool> AllowOtherFiles { get; } = new("--allow-other-files")
    {
        Description = "Write into a folder that also holds files NetBalanceSim did not write (they are never changed or deleted).",
    };

    public void AddTo(Command command, bool withSet = true)
    {
        command.Options.Add(Reps);
        command.Options.Add(Seed);
        if (withSet)
        {
            command.Options.Add(Set);
            command.Options.Add(Lenient);
            command.Options.Add(LargestComponent);
            command.Description += KeysHelp();
        }
        command.Options.Add(Jobs);
        command.Options.Add(Force);
        command.Options.Add(AllowOtherFiles);
        command.Options.Add(Restart);
    }

    /// <summary>The <c>Key=Value</c> overrides: <c>--set</c> first, then <c>--reps</c> and <c>--seed</c> (each checked under its own name).</summary>
    public List<string> Overrides(ParseResult parse)
    {
        var overrides = new List<string>(parse.GetValue(Set) ?? []);
        if (parse.CommandResult.Command.Options.Contains(Lenient))
        {
            overrides.AddRange(TopologyOverrides(parse, Lenient, LargestComponent));
        }
        overrides.AddRange(RepsAndSeed(parse.GetValue(Reps), parse.GetValue(Seed)));
        return overrides;
    }

    /// <summary>
    /// <c>repetitions=N</c> and <c>baseSeed=S</c> for the values of <c>--reps</c> and <c>--seed</c> that were given; a value
    /// outside the key's range is a <see cref="UsageException"/> naming the option (not the key it sets).
    /// </summary>
    public static IEnumerable<string> RepsAndSeed(int? reps, long? seed)
    {
        var overrides = new List<string>();
        if (reps is int r)
        {
            overrides.Add(Checked("--reps", "repetitions", r));
        }
        if (seed is long s)
        {
            overrides.Add(Checked("--seed", "baseSeed", s));
        }
        return overrides;
    }

    private static string Checked(string option, string key, long value)
    {
        var problem = NetBalanceSim.Experiments.Scenarios.ScenarioKeys.Find(key)!.Check(value);
        return problem is null
            ? string.Create(CultureInfo.InvariantCulture, $"{key}={value}")
            : throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"{option} {value}: {problem}"));
    }

    public int JobCount(ParseResult parse) =>
        parse.GetValue(Jobs) is var jobs and >= 1 ? jobs : throw new UsageException($"--jobs must be at least 1 (got {parse.GetValue(Jobs)}).");

    /// <summary>Every scenario key with its meaning and range (the strategies and predictors from their catalog), for --help.</summary>
    private static string KeysHelp()
    {
        var keys = NetBalanceSim.Experiments.Scenarios.ScenarioKeys.All;
        var width = keys.Max(k => k.Name.Length);
        return "\n\nScenario keys (in files, and for --set Key=Value; a sweep may also vary totalCpus and setup):\n"
            + string.Join("\n", keys.Select(k => "  " + k.Name.PadRight(width) + "  " + k.Help));
    }
}
