using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using NetBalanceSim.Cli.Slurm;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Shards;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Cli.Commands;

/// <summary>
/// <c>netbalance-sim slurm SCENARIO --tasks N</c>: writes the Slurm scripts that run a sweep as a job array of N shards
/// and merge them (afterok), and with <c>--submit</c> submits them.
/// </summary>
internal static partial class SlurmCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "A scenario file with a 'sweep' object, e.g. scenarios/fig7.json." };
        var options = new ScenarioRunOptions();
        var tasks = new Option<int>("--tasks", "-n") { Description = "Array tasks, one shard of the sweep each (the array is 0-(N-1)); give each minutes of work, as a task start costs about a second.", Required = true };
        var throttle = new Option<int?>("--throttle") { Description = "At most K tasks running at once (--array=0-(N-1)%K) [default: no limit]." };
        var partition = new Option<string?>("--partition", "-p") { Description = "The Slurm partition [default: the cluster's default]." };
        var time = new Option<string?>("--time", "-t") { Description = "Time limit of each task and of the merge, HH:MM:SS (or D-HH:MM:SS) [default: the partition's]." };
        var cpus = new Option<int>("--cpus-per-task", "-c") { Description = "CPUs per task; each shard runs that many repetitions at once.", DefaultValueFactory = _ => 1 };
        var where = new Option<string[]>("--where") { Description = "Run only the points whose swept KEY has VALUE, as for sweep (repeatable)." };
        var submit = new Option<bool>("--submit") { Description = "Submit the array and the merge with sbatch (checks the cluster's MaxArraySize first); without it the scripts are only written and the commands printed." };
        var output = new Option<string?>("--out", "-o") { Description = "Folder of the scripts, the shards (shards/i), the logs and the merged results (results/) [default: results/<scenario name>.slurm]." };
        var command = new Command("slurm", "Write (and with --submit, submit) Slurm scripts that run a sweep as a job array of shards (sweep --shard $SLURM_ARRAY_TASK_ID/N --resume) and a merge job that depends on it (afterok).")
        {
            scenario, tasks, throttle, partition, time, cpus, where, submit, output, options.Reps, options.Seed, options.Set, options.Lenient, options.LargestComponent,
        };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(tasks);
            var k = parse.GetValue(throttle);
            CheckOptions(n, k, parse.GetValue(cpus), parse.GetValue(partition), parse.GetValue(time));
            var resolved = ScenarioFile.Load(parse.GetValue(scenario)!, options.Overrides(parse));
            var filters = parse.GetValue(where) ?? [];
            var plan = SweepPlan.Of(resolved).Where(filters);
            var units = plan.Points.Count * plan.Repetitions;
            var unitCosts = ShardAssignment.Costs(plan, SweepRunner.LoadTopologies([plan], warning => parse.InvocationConfiguration.Error.WriteLine($"netbalance-sim: {warning}")));
            if (n > units)
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--tasks {n}: the sweep has only {units} repetitions (units) to share; use at most {units} tasks"));
            }
            var folder = Path.GetFullPath(parse.GetValue(output) ?? Path.Combine("results", resolved.Scenario.Name + ".slurm"));
            CheckSlurmPath("-o", folder);
            CheckSlurmPath("the current folder", Environment.CurrentDirectory);
            var job = new SlurmJob(resolved.Scenario.Name, Self(), SweepArguments(parse, options, Path.GetFullPath(resolved.ScenarioPath), filters), n, folder, Environment.CurrentDirectory)
            {
                Throttle = k,
                Partition = parse.GetValue(partition),
                TimeLimit = parse.GetValue(time),
                CpusPerTask = parse.GetValue(cpus),
            };
            var stdout = parse.InvocationConfiguration.Output;
            var maxArraySize = parse.GetValue(submit) ? SlurmCluster.MaxArraySize() : SlurmCluster.DefaultMaxArraySize;
            if (n > maxArraySize && parse.GetValue(submit))
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                    $"--tasks {n}: above this cluster's MaxArraySize {maxArraySize} (scontrol show config; array indices must be below it); use at most {maxArraySize} tasks, each with more work"));
            }
            if (n > maxArraySize)
            {
                parse.InvocationConfiguration.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"netbalance-sim: warning: --tasks {n} is above Slurm's default MaxArraySize {maxArraySize}; check your cluster's with 'scontrol show config' (--submit does)"));
            }
            Write(job);
            var split = ShardAssignment.Split(unitCosts, n);
            var works = split.Select(s => ShardAssignment.Work(unitCosts, s)).ToList();
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {folder}/{{shards.sbatch, merge.sbatch, submit.sh}}: {units} repetitions of {resolved.Scenario.Name} in {n} array tasks (0-{n - 1}{(k is int t ? $", at most {t} at once" : "")}), {split.Min(s => s.Count)} to {split.Max(s => s.Count)} each, the largest {100 * ((works.Max() * n / works.Sum()) - 1):F1}% above the mean estimated work"));
            if (!parse.GetValue(submit))
            {
                stdout.WriteLine("submit both (the merge runs once every task has succeeded) with:");
                foreach (var line in SlurmScripts.Commands(job))
                {
                    stdout.WriteLine("  " + line);
                }
                stdout.WriteLine($"or: bash {SlurmScripts.Quote(job.SubmitScript)}");
                return CliApp.ExitOk;
            }
            var array = SlurmCluster.Submit(job.ArrayScript);
            var merge = SlurmCluster.Submit(job.MergeScript, "--dependency=afterok:" + array);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"submitted array job {array} (tasks 0-{n - 1}, MaxArraySize {maxArraySize}) and merge job {merge} (afterok:{array}); shards in {job.ShardsFolder}, logs in {job.LogsFolder}, results in {job.ResultsFolder}"));
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>
    /// The command that runs this program again: <c>dotnet PATH.dll</c> when the host is <c>dotnet</c> (<c>dotnet
    /// netbalance-sim.dll</c>, tests), else the program itself (the build's or the installed tool's executable).
    /// </summary>
    public static IReadOnlyList<string> Self()
    {
        var process = Environment.ProcessPath;
        var assembly = typeof(SlurmCommand).Assembly.Location;
        return process is null ? ["dotnet", assembly]
            : Path.GetFileNameWithoutExtension(process) == "dotnet" ? [process, assembly]
            : [process];
    }

    /// <summary>The scenario and the options that choose the plan, to run it again inside the jobs.</summary>
    private static List<string> SweepArguments(ParseResult parse, ScenarioRunOptions options, string scenario, IReadOnlyList<string> filters)
    {
        var arguments = new List<string> { scenario };
        if (parse.GetValue(options.Reps) is int reps)
        {
            arguments.AddRange(["--reps", reps.ToString(CultureInfo.InvariantCulture)]);
        }
        if (parse.GetValue(options.Seed) is long seed)
        {
            arguments.AddRange(["--seed", seed.ToString(CultureInfo.InvariantCulture)]);
        }
        foreach (var set in parse.GetValue(options.Set) ?? [])
        {
            arguments.AddRange(["--set", set]);
        }
        if (parse.GetValue(options.Lenient))
        {
            arguments.Add("--lenient");
        }
        if (parse.GetValue(options.LargestComponent))
        {
            arguments.Add("--largest-component");
        }
        foreach (var filter in filters)
        {
            arguments.AddRange(["--where", filter]);
        }
        return arguments;
    }

    private static void CheckOptions(int tasks, int? throttle, int cpus, string? partition, string? time)
    {
        if (tasks < 1)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--tasks {tasks}: expected at least 1"));
        }
        if (throttle is < 1)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--throttle {throttle}: expected at least 1 task at once"));
        }
        if (cpus < 1)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--cpus-per-task {cpus}: expected at least 1"));
        }
        if (partition is not null && !PartitionPattern().IsMatch(partition))
        {
            throw new UsageException($"--partition {partition}: expected a partition name (letters, digits, '-', '_', '.')");
        }
        if (time is not null && !TimePattern().IsMatch(time))
        {
            throw new UsageException($"--time {time}: expected HH:MM:SS or D-HH:MM:SS, e.g. 02:00:00");
        }
    }

    private static void CheckSlurmPath(string what, string path)
    {
        if (!path.All(c => char.IsAsciiLetterOrDigit(c) || "-_./+@,=:~".Contains(c, StringComparison.Ordinal)))
        {
            throw new UsageException($"{what} {path}: Slurm's #SBATCH lines take no paths with spaces, quotes or '%'; use a folder without them");
        }
    }

    /// <summary>Writes the three scripts (replacing only scripts of ours) and creates the logs and shards folders.</summary>
    private static void Write(SlurmJob job)
    {
        Directory.CreateDirectory(job.LogsFolder);
        Directory.CreateDirectory(job.ShardsFolder);
        var scripts = new[] { (job.ArrayScript, SlurmScripts.Array(job)), (job.MergeScript, SlurmScripts.Merge(job)), (job.SubmitScript, SlurmScripts.Submit(job)) };
        foreach (var (path, _) in scripts)
        {
            if (File.Exists(path) && !File.ReadLines(path).Take(2).Any(line => line.StartsWith(SlurmScripts.Mark, StringComparison.Ordinal)))
            {
                throw new UsageException($"{path}: exists and was not written by netbalance-sim slurm; move it away or use another -o");
            }
        }
        foreach (var (path, text) in scripts)
        {
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, text);
            File.Move(temporary, path, overwrite: true);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            }
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,64}$")]
    private static partial Regex PartitionPattern();

    [GeneratedRegex(@"^([0-9]{1,3}-)?[0-9]{1,3}:[0-5][0-9]:[0-5][0-9]$")]
    private static partial Regex TimePattern();
}
