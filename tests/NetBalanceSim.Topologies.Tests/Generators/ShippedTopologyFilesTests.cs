using NetBalanceSim.Topologies.Formats;
using NetBalanceSim.Topologies.Generators;

namespace NetBalanceSim.Topologies.Tests.Generators;

/// <summary>
/// The files in <c>topologies/</c> must be exactly what the generators make, so they can never drift from the
/// code. Set <c>NETBALANCE_UPDATE_TOPOLOGIES=1</c> to rewrite them (then review the diff).
/// </summary>
[Collection(SharedDefaultTopologies.Name)]
public class ShippedTopologyFilesTests(DefaultTopologiesFixture topologies)
{
    public static TheoryData<string> Names => [.. TopologyGenerators.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void ShippedFile_IsByteIdenticalToFreshGeneration(string name)
    {
        var generator = TopologyGenerators.Default(name);
        string relative = TopologyGenerators.ShippedPath(name);
        var topology = topologies.Topology(name);
        using var fresh = new MemoryStream();
        TopologyFile.WriteTo(fresh, TopologyFormat.EdgeList, topology, GeneratorHeader.Lines(generator, topology, relative));
        string path = Path.Combine(RepositoryRoot.Path, relative);
        if (Environment.GetEnvironmentVariable("NETBALANCE_UPDATE_TOPOLOGIES") == "1")
        {
            File.WriteAllBytes(path, fresh.ToArray());
        }
        Assert.True(File.Exists(path), $"{relative} is missing");
        Assert.True(fresh.ToArray().AsSpan().SequenceEqual(File.ReadAllBytes(path)), $"{relative} differs from a fresh generation");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ShippedFile_ReadsBackAsTheGeneratedTopology(string name)
    {
        var read = TopologyFile.Read(Path.Combine(RepositoryRoot.Path, TopologyGenerators.ShippedPath(name)));
        Assert.Empty(read.Warnings);
        Assert.Null(read.Topology.Labels);
        Assert.Equal(topologies.Topology(name).Links.ToArray(), read.Topology.Links.ToArray());
    }

    [Fact]
    public void Header_Internet_NamesGeneratorParametersSeedAndCommand()
    {
        var generator = TopologyGenerators.Default("internet");
        var lines = GeneratorHeader.Lines(generator, topologies.Topology("internet"), "topologies/internet.edges");
        Assert.Contains(lines, l => l.Contains("InternetTopologyGenerator", StringComparison.Ordinal));
        Assert.Contains("parameters: nodes=2113 beta=0.028 triad-probability=0.4 link-counts=1,2,3,4,4,5", lines);
        Assert.Contains("seed: 4", lines);
        Assert.Contains(
            "command: netbalance-sim topology generate internet --nodes 2113 --beta 0.028 --triad-probability 0.4 " +
            "--link-counts 1,2,3,4,4,5 --seed 4 -o topologies/internet.edges",
            lines);
    }
}
