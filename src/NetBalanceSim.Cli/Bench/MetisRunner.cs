using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using NetBalance;
using NetBalanceSim.Experiments.Formats;

namespace NetBalanceSim.Cli.Bench;

/// <summary>
/// Runs METIS's <c>gpmetis</c> on a load (vertex weight = CPU, edge weight = link rate; see <see cref="MetisGraph"/>)
/// in a temporary folder and reads its k-way partition back as a placement (part k = VM k).
/// </summary>
internal sealed partial class MetisRunner(string executable)
{
    /// <summary>The program name looked up on the PATH.</summary>
    public const string ProgramName = "gpmetis";

    /// <summary>The gpmetis executable.</summary>
    public string Executable { get; } = executable;

    /// <summary>A runner for <paramref name="explicitPath"/>, or for gpmetis on the PATH; null if there is none.</summary>
    public static MetisRunner? Find(string? explicitPath)
    {
        if (explicitPath is not null)
        {
            return File.Exists(explicitPath) ? new MetisRunner(explicitPath) : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, ProgramName);
            if (File.Exists(candidate))
            {
                return new MetisRunner(candidate);
            }
        }

        return null;
    }

    /// <summary>Partitions the load into <paramref name="parts"/> parts.</summary>
    /// <returns>The placement, the wall time of the gpmetis process, and the partitioning time METIS reports itself.</returns>
    /// <exception cref="InvalidOperationException">gpmetis failed or wrote no usable partition.</exception>
    public MetisRun Partition(Load load, int parts)
    {
        var folder = Directory.CreateTempSubdirectory("netbalance-metis-");
        try
        {
            var graph = Path.Combine(folder.FullName, "load.graph");
            File.WriteAllText(graph, MetisGraph.Format(load));
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = folder.FullName,
            };
            start.ArgumentList.Add(graph);
            start.ArgumentList.Add(parts.ToString(CultureInfo.InvariantCulture));
            var begin = Stopwatch.GetTimestamp();
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Executable} could not be started.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            var wall = Stopwatch.GetElapsedTime(begin).TotalSeconds;
            var partition = $"{graph}.part.{parts.ToString(CultureInfo.InvariantCulture)}";
            if (process.ExitCode != 0 || !File.Exists(partition))
            {
                var said = (stderr.Result + stdout.Result).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                throw new InvalidOperationException($"{Executable} exited with code {process.ExitCode}: {said.LastOrDefault() ?? "no output"}");
            }

            var placement = MetisGraph.ReadPartition(File.ReadAllLines(partition), load.VnodeCount, parts);
            return new MetisRun(placement, wall, ReportedSeconds(stdout.Result));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>METIS's own "Partitioning: x sec" figure, or NaN when it printed none.</summary>
    private static double ReportedSeconds(string stdout)
    {
        var match = PartitioningTime().Match(stdout);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;
    }

    [GeneratedRegex(@"Partitioning:\s*([0-9.]+)\s*sec")]
    private static partial Regex PartitioningTime();
}

/// <summary>A METIS partition as a placement, with the process's wall seconds and the seconds METIS reports.</summary>
internal sealed record MetisRun(Placement Placement, double WallSeconds, double ReportedSeconds);
