using System.Text;
using NetBalanceSim.Topologies.Formats;

namespace NetBalanceSim.Topologies.Tests.Formats;

/// <summary>Edge-list label comments: any label round-trips; other <c># vertex</c> comments are plain comments.</summary>
public sealed class EdgeListLabelTests
{
    private static readonly string[] AwkwardLabels =
    [
        "a\nb", " leading", "trailing ", "back\\slash", "\"quoted\"", "tab\there", "", "\u0001x", "cr\r\nlf", "\\n literal", "plain",
    ];

    [Fact]
    public void WriteThenRead_AwkwardLabels_RoundTrip()
    {
        var topology = new Topology(AwkwardLabels.Length, Enumerable.Range(1, AwkwardLabels.Length - 1).Select(v => new Link(v - 1, v)), AwkwardLabels);

        var read = TopologyFile.Read(new StringReader(Write(topology)), TopologyFormat.EdgeList, "labels.edges").Topology;

        Assert.Equal(AwkwardLabels, read.Labels);
        Assert.Equal(topology.Links.ToArray(), read.Links.ToArray());
    }

    [Fact]
    public void Write_LabelWithLineBreakAndSpaces_IsEscapedOnOneCommentLine()
    {
        var topology = new Topology(2, [new Link(0, 1)], ["x\ny", " z "]);
        Assert.Equal("# vertex 0 x\\ny\n# vertex 1 \" z \"\n0 1\n", Write(topology));
    }

    [Theory]
    [InlineData("# vertex ids start at 1\n1 2\n2 3\n")]
    [InlineData("# vertex\n# vertex 7\n# vertex x y\n1 2\n2 3\n")]
    public void Read_CommentsStartingWithVertexButNotIdAndLabel_AreComments(string text)
    {
        var topology = TopologyFile.Read(new StringReader(text), TopologyFormat.EdgeList, "c.edges").Topology;
        Assert.Equal(3, topology.NodeCount);
        Assert.Equal(["1", "2", "3"], topology.Labels);
    }

    [Theory]
    [InlineData("# vertex 0 a\\qb\n# vertex 1 c\n0 1\n", 1, "malformed vertex label comment: malformed escape '\\q' in the label")]
    [InlineData("# vertex 0 \"open\n# vertex 1 c\n0 1\n", 1, "malformed vertex label comment: a label starting with '\"' must end with '\"'")]
    [InlineData("# vertex 0 a\n# vertex 0 b\n0 1\n", 2, "vertex 0 is labelled twice (first on line 1)")]
    public void Read_BadLabelComment_IsAOneLineError(string text, int line, string problem)
    {
        var error = Assert.Throws<TopologyFormatException>(() => TopologyFile.Read(new StringReader(text), TopologyFormat.EdgeList, "b.edges"));
        Assert.Equal(line, error.LineNumber);
        Assert.StartsWith($"b.edges:{line}: {problem}", error.Message, StringComparison.Ordinal);
    }

    private static string Write(Topology topology)
    {
        using var stream = new MemoryStream();
        TopologyFile.WriteTo(stream, TopologyFormat.EdgeList, topology, []);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
