namespace NetBalanceSim.Cli.Slurm;

/// <summary>What the Slurm scripts of a sharded sweep run, and where.</summary>
/// <param name="Name">The scenario's name (the jobs are called <c>NAME-shards</c> and <c>NAME-merge</c>).</param>
/// <param name="Program">The command that runs this very program, e.g. <c>dotnet /abs/netbalance-sim.dll</c>.</param>
/// <param name="SweepArguments">The scenario (an absolute path) and the options that choose the plan (<c>--reps</c>, <c>--seed</c>, <c>--set</c>, <c>--where</c>...).</param>
/// <param name="Tasks">Array tasks, one shard each: the array is <c>0-(Tasks-1)</c>.</param>
/// <param name="Folder">The absolute folder of the scripts, the shards (<c>shards/INDEX</c>), the logs and the merged <c>results</c>.</param>
/// <param name="WorkingDirectory">The absolute folder the jobs run in (where the command was given).</param>
internal sealed record SlurmJob(string Name, IReadOnlyList<string> Program, IReadOnlyList<string> SweepArguments, int Tasks, string Folder, string WorkingDirectory)
{
    /// <summary>Tasks running at once (<c>--array=...%K</c>), or null for no limit.</summary>
    public int? Throttle { get; init; }

    /// <summary>The partition, or null for the cluster's default.</summary>
    public string? Partition { get; init; }

    /// <summary>The time limit of each task and of the merge (<c>HH:MM:SS</c>), or null for the partition's default.</summary>
    public string? TimeLimit { get; init; }

    /// <summary>CPUs per task; each shard runs that many repetitions at once.</summary>
    public int CpusPerTask { get; init; } = 1;

    /// <summary>The array script's path.</summary>
    public string ArrayScript => Path.Combine(Folder, "shards.sbatch");

    /// <summary>The merge script's path.</summary>
    public string MergeScript => Path.Combine(Folder, "merge.sbatch");

    /// <summary>The path of the script that submits both.</summary>
    public string SubmitScript => Path.Combine(Folder, "submit.sh");

    /// <summary>The folder of shard INDEX.</summary>
    public string ShardsFolder => Path.Combine(Folder, "shards");

    /// <summary>The folder of the merged results.</summary>
    public string ResultsFolder => Path.Combine(Folder, "results");

    /// <summary>The folder of the tasks' logs.</summary>
    public string LogsFolder => Path.Combine(Folder, "logs");
}
