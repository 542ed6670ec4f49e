using System.Diagnostics;

namespace NetBalanceSim.Tests;

/// <summary>
/// A fact that submits jobs to a real Slurm cluster: runs only where <c>sinfo</c> answers with a usable node (e.g. after
/// <c>scripts/slurm-up.sh</c>); reported as skipped elsewhere, with the reason.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SlurmFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Unavailable = new(Probe);

    /// <summary>Skips the test where no Slurm node is up.</summary>
    public SlurmFactAttribute()
    {
        if (Unavailable.Value is { } reason)
        {
            Skip = reason;
        }
    }

    /// <summary>Why Slurm cannot be used here, or null if a node is idle, mixed or allocated.</summary>
    private static string? Probe()
    {
        if (OperatingSystem.IsWindows())
        {
            return "needs a Slurm cluster (not on Windows)";
        }
        try
        {
            using var sinfo = Process.Start(new ProcessStartInfo("sinfo", ["-h", "-o", "%T"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var states = sinfo.StandardOutput.ReadToEndAsync();
            if (!sinfo.WaitForExit(10_000))
            {
                sinfo.Kill();
                return "needs a Slurm cluster: sinfo did not answer within 10 s";
            }
            var up = states.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Any(s => s.TrimEnd('*', '~', '#', '!', '%', '$', '@', '^', '-') is "idle" or "mixed" or "allocated");
            return sinfo.ExitCode == 0 && up ? null : "needs a Slurm cluster: sinfo shows no usable node (scripts/slurm-up.sh starts one)";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "needs a Slurm cluster: sinfo is not on the PATH (scripts/slurm-up.sh installs and starts one)";
        }
    }
}
