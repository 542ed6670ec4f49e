using System.CommandLine;
using System.Globalization;
using NetBalanceSim.Topologies.Formats;

namespace NetBalanceSim.Cli.Commands;

/// <summary><c>netbalance-sim topology convert IN OUT</c>: read any supported format, write an edge list or GraphML.</summary>
internal static class TopologyConvertCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("IN") { Description = "Input file (.edges, .graphml, .gml, .net, .mtx)" };
        var output = new Argument<string>("OUT") { Description = "Output file (.edges or .graphml)" };
        var lenient = TopologyOptions.Lenient();
        var largest = TopologyOptions.LargestComponent();
        var convert = new Command(
            "convert",
            "Convert a topology file; vertex ids that are not 0..n-1 are renumbered and the original ids kept as labels. " +
            "Example: netbalance-sim topology convert Geant2012.gml geant.edges --lenient");
        convert.Arguments.Add(input);
        convert.Arguments.Add(output);
        convert.Options.Add(lenient);
        convert.Options.Add(largest);
        convert.SetAction(parse =>
        {
            string from = parse.GetValue(input)!;
            string to = parse.GetValue(output)!;
            // Check the output format before reading a possibly large input.
            _ = Writable(to);
            var topology = TopologyOptions.Read(parse, from, TopologyOptions.ReadOptions(parse, lenient, largest)).Topology;
            TopologyOptions.Write(to, topology, [$"converted from {Path.GetFileName(from)} by netbalance-sim topology convert"]);
            parse.InvocationConfiguration.Output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"wrote {to}: {topology.NodeCount} nodes, {topology.LinkCount} links{(topology.Labels is null ? string.Empty : " (renumbered; original ids kept as labels)")}"));
            return CliApp.ExitOk;
        });
        return convert;
    }

    private static TopologyFormat Writable(string path)
    {
        try
        {
            var format = TopologyFile.FormatOf(path);
            return format is TopologyFormat.EdgeList or TopologyFormat.GraphMl
                ? format
                : throw new UsageException($"{path}: cannot write {format}; expected an output file ending in .edges or .graphml");
        }
        catch (TopologyFormatException ex)
        {
            throw new UsageException(ex.Message);
        }
    }
}
