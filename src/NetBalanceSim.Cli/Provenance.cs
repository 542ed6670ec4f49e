using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using NetBalanceSim.Experiments.Output;

namespace NetBalanceSim.Cli;

/// <summary>Gathers a run's provenance for its manifest: command line, version, git state, machine, times.</summary>
internal static class Provenance
{
    public static RunProvenance Of(string[] args, int jobs, DateTime startedUtc, double wallSeconds) => new()
    {
        CommandLine = "netbalance-sim " + string.Join(' ', args.Select(Quote)),
        Version = CliApp.Version,
        Commit = Git("rev-parse HEAD")?.Trim(),
        // Results written by this very command (or an earlier figure of the same reproduce) do not make the code dirty.
        Dirty = Git("status --porcelain --untracked-files=no -- . :(exclude)results") is { } status ? status.Length > 0 : null,
        Runtime = RuntimeInformation.FrameworkDescription,
        OperatingSystem = RuntimeInformation.OSDescription,
        ProcessorCount = Environment.ProcessorCount,
        Jobs = jobs,
        StartedUtc = startedUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        FinishedUtc = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        WallSeconds = wallSeconds,
    };

    private static string Quote(string arg) => arg.Length > 0 && arg.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=,:+".Contains(c)) ? arg : $"'{arg.Replace("'", "'\\''")}'";

    /// <summary>The output of a git command in the working directory, or null if git is missing or fails.</summary>
    private static string? Git(string arguments)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (git is null)
            {
                return null;
            }
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit(5000);
            return git.HasExited && git.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
