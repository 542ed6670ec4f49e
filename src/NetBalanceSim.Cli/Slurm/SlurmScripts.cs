using System.Globalization;
using System.Text;

namespace NetBalanceSim.Cli.Slurm;

/// <summary>
/// The text of the scripts that run a sweep on a Slurm cluster: an <c>sbatch</c> job array whose task i runs
/// <c>sweep --shard i/N --resume</c> (so a requeued or resubmitted task continues its journal), a merge job meant to
/// depend on the array (<c>--dependency=afterok:JOBID</c>), and a script submitting both.
/// </summary>
internal static class SlurmScripts
{
    /// <summary>The first line after the shebang, marking a script as ours (only such files are replaced).</summary>
    public const string Mark = "# Written by netbalance-sim slurm";

    /// <summary>The job array: one shard per task, resumed from its journal when run again.</summary>
    public static string Array(SlurmJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var inv = CultureInfo.InvariantCulture;
        var text = Header(job, "shards", $"one shard of {job.Name} per task: task i runs 'sweep --shard i/{job.Tasks} --resume' into shards/i");
        text.AppendLine(string.Create(inv, $"#SBATCH --array=0-{job.Tasks - 1}{(job.Throttle is int k ? string.Create(inv, $"%{k}") : "")}"));
        text.AppendLine($"#SBATCH --output={Path.Combine(job.LogsFolder, "shard-%a.log")}");
        text.AppendLine("#SBATCH --open-mode=append");
        text.AppendLine("#SBATCH --requeue");
        text.AppendLine("set -euo pipefail");
        text.AppendLine(string.Create(inv, $"echo \"shard $SLURM_ARRAY_TASK_ID/{job.Tasks}: job $SLURM_JOB_ID on $(hostname), $(date -u +%FT%TZ)\""));
        text.AppendLine(string.Create(inv,
            $"exec {Words(job.Program)} sweep {Words(job.SweepArguments)} --shard \"$SLURM_ARRAY_TASK_ID/{job.Tasks}\" --resume --jobs \"${{SLURM_CPUS_PER_TASK:-1}}\" -o {Quote(job.ShardsFolder + "/")}\"$SLURM_ARRAY_TASK_ID\""));
        return text.ToString();
    }

    /// <summary>The merge: every shard's folder into <c>results</c>, the tables and plots of a one-machine run.</summary>
    public static string Merge(SlurmJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var text = Header(job, "merge", $"merges the {job.Tasks} shards of {job.Name} into results/; submit it with --dependency=afterok:<array job id>");
        text.AppendLine($"#SBATCH --output={Path.Combine(job.LogsFolder, "merge.log")}");
        text.AppendLine("#SBATCH --open-mode=append");
        text.AppendLine("set -euo pipefail");
        text.AppendLine("echo \"merge: job $SLURM_JOB_ID on $(hostname), $(date -u +%FT%TZ)\"");
        var shards = job.Tasks == 1 ? Quote(job.ShardsFolder + "/0") : string.Create(CultureInfo.InvariantCulture, $"{Quote(job.ShardsFolder + "/")}{{0..{job.Tasks - 1}}}");
        text.AppendLine($"exec {Words(job.Program)} sweep {Words(job.SweepArguments)} --merge {shards} -o {Quote(job.ResultsFolder)}");
        return text.ToString();
    }

    /// <summary>Submits the array, then the merge depending on it; prints both job ids.</summary>
    public static string Submit(SlurmJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var text = new StringBuilder();
        text.AppendLine("#!/bin/bash");
        text.AppendLine($"{Mark}: submits the shards of {job.Name} as a job array, then their merge (afterok).");
        text.AppendLine("set -euo pipefail");
        foreach (var line in Commands(job))
        {
            text.AppendLine(line);
        }
        text.AppendLine("echo \"array job $array, merge job $merge\"");
        return text.ToString();
    }

    /// <summary>The shell commands that submit the two jobs (as <see cref="Submit"/> runs them).</summary>
    public static IReadOnlyList<string> Commands(SlurmJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return
        [
            $"array=$(sbatch --parsable {Quote(job.ArrayScript)}); array=${{array%%;*}}",
            $"merge=$(sbatch --parsable --dependency=afterok:$array {Quote(job.MergeScript)}); merge=${{merge%%;*}}",
        ];
    }

    /// <summary><paramref name="word"/> as one shell word, in single quotes unless it needs none.</summary>
    public static string Quote(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=,:+@%".Contains(c, StringComparison.Ordinal))
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    private static string Words(IEnumerable<string> words) => string.Join(' ', words.Select(Quote));

    private static StringBuilder Header(SlurmJob job, string kind, string what)
    {
        var text = new StringBuilder();
        text.AppendLine("#!/bin/bash");
        text.AppendLine($"{Mark}: {what}.");
        text.AppendLine($"#SBATCH --job-name={job.Name}-{kind}");
        text.AppendLine($"#SBATCH --chdir={job.WorkingDirectory}");
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"#SBATCH --cpus-per-task={job.CpusPerTask}"));
        if (job.Partition is { } partition)
        {
            text.AppendLine($"#SBATCH --partition={partition}");
        }
        if (job.TimeLimit is { } time)
        {
            text.AppendLine($"#SBATCH --time={time}");
        }
        return text;
    }
}
