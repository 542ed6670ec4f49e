using System.CommandLine;

namespace NetBalanceSim.Cli.Commands;

/// <summary><c>netbalance-sim topology generate|stats|convert</c>: make, inspect and convert topology files.</summary>
internal static class TopologyCommand
{
    public static Command Create()
    {
        var topology = new Command(
            "topology",
            "Generate, inspect and convert topologies (edge list, GraphML, GML, Pajek .net, Matrix Market .mtx).");
        topology.Subcommands.Add(TopologyGenerateCommand.Create());
        topology.Subcommands.Add(TopologyStatsCommand.Create());
        topology.Subcommands.Add(TopologyConvertCommand.Create());
        return topology;
    }
}
