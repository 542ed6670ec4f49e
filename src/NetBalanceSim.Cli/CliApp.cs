using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using NetBalanceSim.Cli.Commands;
using NetBalanceSim.Experiments.Figures;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Scenarios;

namespace NetBalanceSim.Cli;

/// <summary>The <c>netbalance-sim</c> command tree and its exit-code conventions.</summary>
internal static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int ExitOk = 0;

    /// <summary>Exit code for a run that failed.</summary>
    public const int ExitFailure = 1;

    /// <summary>Exit code for a usage, scenario or input-file error.</summary>
    public const int ExitUsage = 2;

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand(
            "NetBalanceSim: a discrete-event testbed simulator for evaluating NETbalance " +
            "(live migration of virtual nodes to shorten network emulation experiments).");
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new PrintVersionAction();
        }
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(SweepCommand.Create());
        root.Subcommands.Add(SlurmCommand.Create());
        root.Subcommands.Add(FigureCommand.CreateFigure());
        root.Subcommands.Add(FigureCommand.CreateReproduce());
        root.Subcommands.Add(TopologyCommand.Create());
        root.Subcommands.Add(PlaceCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        root.Subcommands.Add(PlotCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(StatementsCommand.Create());
        root.Subcommands.Add(CalibrateCommand.Create());
        root.Subcommands.Add(SensitivityCommand.Create());
        return root;
    }

    /// <summary>
    /// Parses and runs <paramref name="args"/>; parse errors print one line (then the hint to --help) and give exit code 2,
    /// as do the usage, scenario and results-folder errors the commands throw (one line, line breaks and control
    /// characters escaped). Any other
    /// exception a command lets escape (a bug) prints one line, <c>internal error: TYPE: MESSAGE</c>, and gives
    /// exit code 1: no path prints a stack trace.
    /// </summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var parse = BuildRoot().Parse(args);
            if (parse.Errors.Count > 0)
            {
                // Several errors (an unknown verb is also a missing command) share the one line.
                stderr.WriteLine($"netbalance-sim: {OneLine(string.Join(" ", parse.Errors.Select(ParseErrorText.Describe).Distinct(StringComparer.Ordinal)))}");
                stderr.WriteLine("Try 'netbalance-sim --help'.");
                return ExitUsage;
            }
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is UsageException or ScenarioException or ResultsFolderException or JournalMismatchException or FigureException or NetBalanceSim.Experiments.Shards.ShardMergeException)
        {
            stderr.WriteLine($"netbalance-sim: {OneLine(ex.Message)}");
            return ExitUsage;
        }
#pragma warning disable CA1031 // Last resort: a bug anywhere below must still end in one line, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"netbalance-sim: internal error: {ex.GetType().FullName}: {OneLine(ex.Message)}");
            return ExitFailure;
        }
    }

    /// <summary>
    /// <paramref name="text"/> on one line: line breaks replaced by spaces, other control characters (and the line and
    /// paragraph separators) and lone UTF-16 surrogates written as <c>\uXXXX</c>.
    /// </summary>
    internal static string OneLine(string text)
    {
        var joined = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var line = new System.Text.StringBuilder(joined.Length);
        for (var i = 0; i < joined.Length; i++)
        {
            var c = joined[i];
            if (char.IsHighSurrogate(c) && i + 1 < joined.Length && char.IsLowSurrogate(joined[i + 1]))
            {
                line.Append(c).Append(joined[++i]);
            }
            else if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029')
            {
                line.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                line.Append(c);
            }
        }
        return line.ToString();
    }

    /// <summary>The version of this program (not of the host that loaded it, as the built-in option would print).</summary>
    public static string Version { get; } =
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private sealed class PrintVersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return ExitOk;
        }
    }
}
