using System.CommandLine;
using System.Globalization;
using NetBalance;
using NetBalanceSim.Experiments.Formats;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;
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

    public Option<string?> Scenario { get; } = new("--scenario")
    {
        Description = "Take the cost constants (and --nodes, --cpus-per-node, --rate-mbps unless given) from a scenario file",
    };

    public Option<bool> Lenient { get; } = TopologyOptions.Lenient();

    public Option<bool> LargestComponent { get; } = TopologyOptions.LargestComponent();

    public Option<string[]> Set { get; } = new("--set")
    {
        Description = "Override a scenario key, e.g. --set sigmaInterPn=0.4 (repeatable; see docs/model.md for the constants)",
        AllowMultipleArgumentsPerToken = true,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Topology);
        command.Options.Add(Sink);
        command.Options.Add(Nodes);
        command.Options.Add(CpusPerNode);
        command.Options.Add(RateMbps);
        command.Options.Add(Scenario);
        command.Options.Add(Set);
        command.Options.Add(Lenient);
        command.Options.Add(LargestComponent);
    }

    /// <summary>Checks the options and reads the topology; nothing is computed or written yet.</summary>
    public EngineInputs Resolve(ParseResult parse)
    {
        var scenario = LoadScenario(parse);
        var physicalNodes = Given(parse, Nodes) ? InRange(parse, Nodes, "physicalNodes") : scenario.PhysicalNodes;
        var cpusPerNode = Given(parse, CpusPerNode) ? InRange(parse, CpusPerNode, "cpusPerNode") : scenario.CpusPerNode;
        var rate = Given(parse, RateMbps) ? parse.GetValue(RateMbps) : scenario.RateMbps;
        if (!(rate >= 0) || double.IsInfinity(rate))
        {
            throw new UsageException(Invariant($"--rate-mbps must be a finite, non-negative number of Mbit/s (got {rate})."));
        }

        var path = parse.GetValue(Topology)!;
        var readOptions = new TopologyReadOptions
        {
            DropInvalidLinks = parse.GetValue(Lenient) || scenario.TopologyLenient,
            KeepLargestComponent = parse.GetValue(LargestComponent) || scenario.TopologyLargestComponent,
        };
        var topology = TopologyOptions.Read(parse, path, readOptions).Topology;
        var sink = parse.GetValue(Sink);
        if (sink < 0 || sink >= topology.NodeCount)
        {
            throw new UsageException(Invariant($"--sink {sink} out of range; {path} has {topology.NodeCount} vnodes (0..{topology.NodeCount - 1})."));
        }

        if (PlanBudget.CheckTestbed(physicalNodes, cpusPerNode, topology.NodeCount, topology.LinkCount) is { } problem)
        {
            throw new UsageException($"--nodes {physicalNodes} x --cpus-per-node {cpusPerNode}: {problem}");
        }

        var shape = new TestbedShape(physicalNodes, cpusPerNode);
        if (ScenarioTopology.FewerVnodesThanVms(path, topology.NodeCount, shape) is { } warning)
        {
            parse.InvocationConfiguration.Error.WriteLine($"netbalance-sim: {warning}");
        }

        return new EngineInputs(path, topology, shape, scenario.Constants, rate, sink);
    }

    /// <summary>The scenario of <c>--scenario</c> (or DESIGN's defaults) with the <c>--set</c> overrides applied in order.</summary>
    private Scenario LoadScenario(ParseResult parse)
    {
        var path = parse.GetValue(Scenario);
        var scenario = path is null ? new Scenario() : ScenarioFile.Load(path).Scenario;
        foreach (var assignment in parse.GetValue(Set) ?? [])
        {
            scenario = ScenarioFile.ApplyOverride(scenario, assignment);
        }

        return scenario;
    }

    private static bool Given(ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };

    /// <summary>The option's value, at least 1 and at most the largest value of the scenario key it stands for.</summary>
    private static int InRange(ParseResult parse, Option<int> option, string key)
    {
        var value = parse.GetValue(option);
        if (value < 1)
        {
            throw new UsageException(Invariant($"{option.Name} must be at least 1 (got {value})."));
        }

        return ScenarioKeys.Find(key)!.Check((long)value) is { } problem
            ? throw new UsageException(Invariant($"{option.Name} {value}: {problem} (as the scenario key {key})."))
            : value;
    }

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
