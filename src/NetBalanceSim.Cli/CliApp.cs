using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using NetBalanceSim.Cli.Commands;
using NetBalanceSim.Experiments.Figures;
using NetBalanceSim.Experiments.Output;
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
        root.Subcommands.Add(TopologyCommand.Create());
        root.Subcommands.Add(PlaceCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        root.Subcommands.Add(PlotCommand.Create());
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; parse errors print one line each and give exit code 2.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = BuildRoot();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"netbalance-sim: {error.Message}");
            }
            stderr.WriteLine("Try 'netbalance-sim --help'.");
            return ExitUsage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is UsageException or ScenarioException or ResultsFolderException or FigureException)
        {
            stderr.WriteLine($"netbalance-sim: {ex.Message}");
            return ExitUsage;
        }
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
