using NetBalanceSim.Topologies.Formats;

namespace NetBalanceSim.Topologies.Tests.Formats;

/// <summary>Labels and tokens with line breaks or other control characters are escaped in every message.</summary>
public sealed class OneLineMessageTests
{
    [Theory]
    [InlineData(TopologyFormat.Gml, "graph [\n node [ id \"a\nb\" ]\n node [ id 1 ]\n edge [ source \"a\nb\" target 1 ]\n edge [ source 1 target \"a\nb\" ]\n]", 7, @"duplicate link 1-a\nb (first on line 5)")]
    [InlineData(TopologyFormat.Gml, "graph [\n \"x\r\ny\" ]\n", 2, @"unexpected 'x\r\ny'; expected a key or ']'")]
    [InlineData(TopologyFormat.Gml, "graph [\n node [ id \"t\tu\u2028v\" ]\n node [ id \"t\tu\u2028v\" ]\n]", 3, @"vertex 't\tu\u2028v' is declared twice (first on line 2)")]
    [InlineData(TopologyFormat.GraphMl, "<graphml><graph>\n<node id=\"a&#10;b\"/>\n<node id=\"c\"/>\n<edge source=\"a&#10;b\" target=\"a&#10;b\"/>\n</graph></graphml>", 4, @"self-loop at vertex 'a\nb'")]
    [InlineData(TopologyFormat.GraphMl, "<graphml><graph>\n<node id=\"0\"/>\n<edge source=\"0\" target=\"x&#13;&#10;y\"/>\n</graph></graphml>", 3, @"edge refers to node 'x\r\ny', which is not declared")]
    public void Read_ControlCharactersInLabels_AreEscapedInTheOneLineMessage(TopologyFormat format, string text, int line, string problem)
    {
        var error = Assert.Throws<TopologyFormatException>(() => TopologyFile.Read(new StringReader(text), format, "in\nput"));
        Assert.Equal(line, error.LineNumber);
        Assert.Equal($@"in\nput:{line}: ", error.Message[..(error.Message.IndexOf(": ", StringComparison.Ordinal) + 2)]);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain(error.Message, char.IsControl);
        Assert.DoesNotContain('\u2028', error.Message);
    }

    [Fact]
    public void Read_LenientWarningAboutALabelWithALineBreak_IsOneLine()
    {
        const string text = "graph [\n node [ id \"a\nb\" ]\n node [ id 1 ]\n edge [ source 1 target \"a\nb\" ]\n edge [ source \"a\nb\" target \"a\nb\" ]\n]";
        var result = TopologyFile.Read(new StringReader(text), TopologyFormat.Gml, "g.gml", new TopologyReadOptions { DropInvalidLinks = true });
        Assert.Equal([@"g.gml:7: warning: self-loop at vertex 'a\nb' dropped"], result.Warnings);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [ <!ENTITY x \"y\"> ]>\n<graphml><graph/></graphml>")]
    public void Read_GraphMlErrorWithoutALine_NamesNoLineRatherThanLine0(string text)
    {
        var error = Assert.Throws<TopologyFormatException>(() => TopologyFile.Read(new StringReader(text), TopologyFormat.GraphMl, "g.graphml"));
        Assert.DoesNotContain(":0:", error.Message, StringComparison.Ordinal);
        Assert.True(error.LineNumber is null or > 0, $"line {error.LineNumber}");
        Assert.StartsWith("g.graphml:", error.Message, StringComparison.Ordinal);
        Assert.Contains("malformed XML", error.Message, StringComparison.Ordinal);
    }
}
