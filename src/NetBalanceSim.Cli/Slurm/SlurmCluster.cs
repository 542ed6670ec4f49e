using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace NetBalanceSim.Cli.Slurm;

/// <summary>What this program asks of Slurm itself: <c>scontrol show config</c> (the array size limit) and <c>sbatch</c>.</summary>
internal static class SlurmCluster
{
    /// <summary>Slurm's <c>MaxArraySize</c> when the configuration does not set it: array indices 0 to 1000.</summary>
    public const int DefaultMaxArraySize = 1001;

    /// <summary>The cluster's <c>MaxArraySize</c> (array indices must be below it), from <c>scontrol show config</c>.</summary>
    public static int MaxArraySize() => ParseMaxArraySize(Run("scontrol", "show", "config"));

    /// <summary>The <c>MaxArraySize</c> of <c>scontrol show config</c> output (<c>MaxArraySize = 1001</c>), or the default if it is not listed.</summary>
    public static int ParseMaxArraySize(string config)
    {
        ArgumentNullException.ThrowIfNull(config);
        foreach (var line in config.Split('\n'))
        {
            var split = line.Split('=', 2);
            if (split.Length == 2 && split[0].Trim() == "MaxArraySize"
                && int.TryParse(split[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            {
                return size;
            }
        }
        return DefaultMaxArraySize;
    }

    /// <summary>Submits a batch script with <c>sbatch --parsable</c> and the extra options; returns the job id.</summary>
    public static string Submit(string script, params string[] options)
    {
        var output = Run("sbatch", ["--parsable", .. options, script]).Trim();
        var id = output.Split(';')[0];
        return id.Length > 0 && id.All(char.IsAsciiDigit) ? id : throw new UsageException($"sbatch {script}: printed '{CliApp.OneLine(output)}', expected a job id");
    }

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new UsageException($"{program}: could not be started");
        }
        catch (Win32Exception)
        {
            throw new UsageException($"{program}: not found on the PATH; run on a machine with the Slurm client (a login node), or leave out --submit to only write the scripts");
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                    $"{program} {string.Join(' ', arguments)}: failed with exit code {process.ExitCode}: {CliApp.OneLine(error.Result.Trim())}"));
            }
            return output;
        }
    }
}
