using System.CommandLine;
using System.Globalization;
using NetBalanceSim.Topologies.Generators;

namespace NetBalanceSim.Cli.Commands;

/// <summary><c>netbalance-sim topology generate grid|campus|waxman|internet [options] -o FILE</c>.</summary>
internal static class TopologyGenerateCommand
{
    public static Command Create()
    {
        var generate = new Command(
            "generate",
            "Generate a topology file. Examples:\n" +
            "  netbalance-sim topology generate grid --rows 10 --columns 10 -o grid10.edges\n" +
            "  netbalance-sim topology generate campus --campuses 5 -o campus5.graphml\n" +
            "  netbalance-sim topology generate waxman --nodes 300 --seed 7 -o waxman300.edges\n" +
            "  netbalance-sim topology generate internet -o topologies/internet.edges");
        generate.Subcommands.Add(Grid());
        generate.Subcommands.Add(Campus());
        generate.Subcommands.Add(Waxman());
        generate.Subcommands.Add(Internet());
        return generate;
    }

    private static Command Grid()
    {
        var defaults = new GridOptions();
        var rows = TopologyOptions.Int("--rows", "Rows of the mesh", defaults.Rows);
        var columns = TopologyOptions.Int("--columns", "Columns of the mesh", defaults.Columns);
        return Verb("grid", "A rows x columns mesh, 4-neighbour links, no wrap-around (DESIGN: 40 x 40).", [rows, columns], parse =>
            new GridTopologyGenerator(new GridOptions { Rows = TopologyOptions.AtLeast(parse, rows, 1), Columns = TopologyOptions.AtLeast(parse, columns, 1) }));
    }

    private static Command Campus()
    {
        var defaults = new CampusOptions();
        var campuses = TopologyOptions.Int("--campuses", "Campuses joined in a ring", defaults.Campuses);
        var clients = TopologyOptions.Int("--clients-per-lan", "Clients L on each of a campus's 12 LAN routers", defaults.ClientsPerLan);
        return Verb("campus", "The DARPA NMS campus network (ns-3 nms-p2p-nix, no chords), campuses in a ring (DESIGN: 20, L = 20).", [campuses, clients], parse =>
            new CampusTopologyGenerator(new CampusOptions { Campuses = TopologyOptions.AtLeast(parse, campuses, 1), ClientsPerLan = TopologyOptions.AtLeast(parse, clients, 0) }));
    }

    private static Command Waxman()
    {
        var d = new WaxmanOptions();
        var nodes = TopologyOptions.Int("--nodes", "Number of nodes N", d.Nodes);
        var m = TopologyOptions.Int("--links-per-node", "Links m each node adds", d.LinksPerNode);
        var alpha = TopologyOptions.Double("--alpha", "BRITE's Waxman alpha, in (0, 1]", d.Alpha);
        var beta = TopologyOptions.Double("--beta", "BRITE's Waxman beta (fraction of the diagonal)", d.Beta);
        var side = TopologyOptions.Double("--plane-side", "Side of the square plane, plane units", d.PlaneSide);
        var seed = TopologyOptions.Seed(d.Seed);
        return Verb("waxman", "BRITE's router-level Waxman model with incremental growth (DESIGN: 2500 nodes, m = 2).", [nodes, m, alpha, beta, side, seed], parse =>
            new WaxmanTopologyGenerator(new WaxmanOptions
            {
                Nodes = TopologyOptions.AtLeast(parse, nodes, 3),
                LinksPerNode = TopologyOptions.AtLeast(parse, m, 1),
                Alpha = TopologyOptions.InRange(parse, alpha, 0, 1),
                Beta = TopologyOptions.InRange(parse, beta, 0, double.MaxValue),
                PlaneSide = TopologyOptions.InRange(parse, side, 0, double.MaxValue),
                Seed = parse.GetValue(seed),
            }));
    }

    private static Command Internet()
    {
        var d = new InternetOptions();
        var nodes = TopologyOptions.Int("--nodes", "Number of routers", d.Nodes);
        var beta = TopologyOptions.Double("--beta", "Distance decay, fraction of the unit square's diagonal", d.Beta);
        var triad = TopologyOptions.Double("--triad-probability", "Probability of a triad-formation step, in [0, 1]", d.TriadProbability);
        var counts = new Option<string>("--link-counts")
        {
            Description = "Comma-separated link counts a new node draws from uniformly",
            DefaultValueFactory = _ => string.Join(',', d.LinkCounts),
        };
        var seed = TopologyOptions.Seed(d.Seed);
        return Verb("internet", "Geographic preferential attachment with triad formation, tuned to the 2,113-router Rocketfuel map.", [nodes, beta, triad, counts, seed], parse =>
            new InternetTopologyGenerator(new InternetOptions
            {
                Nodes = TopologyOptions.AtLeast(parse, nodes, 2),
                Beta = TopologyOptions.InRange(parse, beta, 0, double.MaxValue),
                TriadProbability = TopologyOptions.InRange(parse, triad, 0, 1, minInclusive: true),
                LinkCounts = ParseCounts(parse.GetValue(counts)!),
                Seed = parse.GetValue(seed),
            }));
    }

    private static Command Verb(string name, string description, Option[] options, Func<ParseResult, ITopologyGenerator> create)
    {
        var output = TopologyOptions.Output();
        var command = new Command(name, description);
        foreach (var option in options)
        {
            command.Options.Add(option);
        }
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var generator = create(parse);
            string path = parse.GetValue(output)!;
            var topology = GenerateOrExplain(generator);
            TopologyOptions.Write(path, topology, GeneratorHeader.Lines(generator, topology, path));
            parse.InvocationConfiguration.Output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"wrote {path}: {topology.NodeCount} nodes, {topology.LinkCount} links ({GeneratorHeader.Command(generator, path)})"));
            return CliApp.ExitOk;
        });
        return command;
    }

    private static Topologies.Topology GenerateOrExplain(ITopologyGenerator generator)
    {
        try
        {
            return generator.Generate();
        }
        catch (ArgumentException ex)
        {
            // Parameter combinations the option validators cannot see (e.g. Waxman N <= 2 m).
            string message = ex.Message.Split('\n')[0];
            int parameter = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            throw new UsageException($"topology generate {generator.Name}: {(parameter > 0 ? message[..parameter] : message).Trim()}");
        }
    }

    private static int[] ParseCounts(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var counts = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out counts[i]) || counts[i] < 1)
            {
                throw new UsageException($"--link-counts: '{parts[i]}' is not a positive integer; expected e.g. 1,2,3,4,4,5");
            }
        }
        return counts;
    }
}
