using System.CommandLine;
using System.Globalization;
using NetBalance;
using NetBalanceSim.Experiments.Formats;
using NetBalanceSim.Testbed;
using NetBalanceSim.Topologies;
using NetBalanceSim.Topologies.Formats;

namespace NetBalanceSim.Cli.Commands;

/// <summary>
/// The options that <c>place</c> and <c>evaluate</c> share (topology, sink, testbed shape, stream rate,
/// <c>--set name=value</c>), and their translation into the engine's inputs. Every problem is a
/// <see cref="UsageException"/> naming the option or file (exit code 2).
/// </summary>
internal sealed class EngineOptions
{
    public Option<string> Topology { get; } = new("--topology", "-t")
    {
        Description = "Topology file (.edges, .graphml, .gml, .net, .mtx), e.g. topologies/grid.edges",
        Required = true,
    };

    public Option<int> Sink { get; } = new("--sink")
    {
        Description = "The sink vertex whose load is placed or evaluated (0..nodes-1)",
        Required = true,
    };

    public Option<int> Nodes { get; } = new("--nodes")
    {
        Description = "Physical nodes P of the testbed",
        DefaultValueFactory = _ => TestbedShape.Default.PhysicalNodes,
    };

    public Option<int> CpusPerNode { get; } = new("--cpus-per-node")
    {
        Description = "CPUs C per physical node (one VM per CPU; VM = node * C + cpu)",
        DefaultValueFactory = _ => TestbedShape.Default.CpusPerNode,
    };

    public Option<double> RateMbps { get; } = new("--rate-mbps")
    {
        Description = "Stream rate of every source, Mbit/s of virtual time",
        DefaultValueFactory = _ => 10.0,
    };

    public Option<string[]> Set { get; } = new("--set")
    {
        Description = "Override a cost model constant by its scenario name, e.g. --set sigmaInterPn=0.4 (repeatable)",
        AllowMultipleArgumentsPerToken = true,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Topology);
        command.Options.Add(Sink);
        command.Options.Add(Nodes);
        command.Options.Add(CpusPerNode);
        command.Options.Add(RateMbps);
        command.Options.Add(Set);
    }

    /// <summary>Checks the options and reads the topology; nothing is computed or written yet.</summary>
    public EngineInputs Resolve(ParseResult parse)
    {
        var constants = ApplyOverrides(CostModelConstants.Default, parse.GetValue(Set) ?? []);
        var shape = new TestbedShape(Positive(parse, Nodes), Positive(parse, CpusPerNode));
        var rate = parse.GetValue(RateMbps);
        if (!(rate >= 0) || double.IsInfinity(rate))
        {
            throw new UsageException(Invariant($"--rate-mbps must be a finite, non-negative number of Mbit/s (got {rate})."));
        }

        var path = parse.GetValue(Topology)!;
        var topology = TopologyOptions.Read(parse, path, new TopologyReadOptions()).Topology;
        var sink = parse.GetValue(Sink);
        if (sink < 0 || sink >= topology.NodeCount)
        {
            throw new UsageException(Invariant($"--sink {sink} out of range; {path} has {topology.NodeCount} vnodes (0..{topology.NodeCount - 1})."));
        }

        return new EngineInputs(path, topology, shape, constants, rate, sink);
    }

    /// <summary>Applies <c>name=value</c> overrides in order; an unknown name suggests the closest one.</summary>
    public static CostModelConstants ApplyOverrides(CostModelConstants constants, IEnumerable<string> overrides)
    {
        foreach (var item in overrides)
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? item[..equals].Trim() : "";
            var valueText = equals > 0 ? item[(equals + 1)..].Trim() : "";
            if (name.Length == 0 || !double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new UsageException($"--set '{item}': expected name=value with a number, e.g. --set sigmaInterPn=0.4");
            }

            try
            {
                constants = constants.With(name, value);
            }
            catch (ArgumentException ex)
            {
                throw new UsageException($"--set {item}: {FirstSentences(ex)}");
            }
        }

        return constants;
    }

    /// <summary>The exception's message without the runtime's "(Parameter ...)" and "Actual value" additions.</summary>
    private static string FirstSentences(ArgumentException ex)
    {
        var message = ex.Message.Split('\n')[0].Trim();
        var parameter = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return parameter > 0 ? message[..parameter] : message;
    }

    private static int Positive(ParseResult parse, Option<int> option) => parse.GetValue(option) is var value and >= 1
        ? value
        : throw new UsageException(Invariant($"{option.Name} must be at least 1 (got {parse.GetValue(option)})."));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The checked inputs of <c>place</c> and <c>evaluate</c>.</summary>
internal sealed record EngineInputs(string TopologyPath, Topology Topology, TestbedShape Shape, CostModelConstants Constants, double RateMbps, int Sink)
{
    /// <summary>The sink's load (the sink tree's rates and every vnode's CPU).</summary>
    public Load Load() => new SinkLoadFactory(Topology, Constants.Testbed, RateMbps).For(Sink);

    /// <summary>Reads a placement file for this topology and testbed.</summary>
    public Placement ReadPlacement(string path)
    {
        try
        {
            return PlacementCsv.Read(path, Topology.NodeCount, Shape.VmCount);
        }
        catch (PlacementFileException ex)
        {
            throw new UsageException(ex.Message);
        }
    }
}
