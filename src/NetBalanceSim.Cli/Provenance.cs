using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Running;

namespace NetBalanceSim.Cli;

/// <summary>
/// Gathers a run's provenance for its manifest: command line, version, the commit the program was built from and
/// whether its sources had changes then (both embedded at build time; git is never run), machine, times.
/// </summary>
internal static class Provenance
{
    public static RunProvenance Of(string[] args, int jobs, DateTime startedUtc, double wallSeconds) => new()
    {
        CommandLine = CommandLine(args),
        Version = CliApp.Version,
        Commit = Commit,
        Dirty = Dirty,
        Runtime = RuntimeInformation.FrameworkDescription,
        OperatingSystem = RuntimeInformation.OSDescription,
        ProcessorCount = Environment.ProcessorCount,
        Jobs = jobs,
        StartedUtc = Utc(startedUtc),
        FinishedUtc = Utc(DateTime.UtcNow),
        WallSeconds = wallSeconds,
    };

    /// <summary>The invocation as a journal records it when it starts.</summary>
    public static JournalInvocation Start(string[] args, DateTime startedUtc) => new(CommandLine(args), CliApp.Version, Utc(startedUtc));

    /// <summary>The commit the program was built from (after the '+' of its informational version), or null.</summary>
    public static string? Commit { get; } =
        CliApp.Version.Split('+') is [_, var hash] && hash.Length == 40 && hash.All(char.IsAsciiHexDigit) ? hash : null;

    /// <summary>Whether the sources differed from <see cref="Commit"/> when the program was built, or null if unknown.</summary>
    public static bool? Dirty { get; } =
        typeof(Provenance).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "SourceDirty")?.Value switch
        {
            "true" => true,
            "false" => false,
            _ => null,
        };

    public static string CommandLine(string[] args) => "netbalance-sim " + string.Join(' ', args.Select(Quote));

    private static string Utc(DateTime time) => time.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string Quote(string arg) => arg.Length > 0 && arg.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=,:+".Contains(c)) ? arg : $"'{arg.Replace("'", "'\\''")}'";
}
