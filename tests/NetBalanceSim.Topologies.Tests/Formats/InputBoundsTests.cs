using System.Diagnostics;
using System.Text;
using NetBalanceSim.Topologies.Formats;

using NetBalanceSim.Tests;

namespace NetBalanceSim.Topologies.Tests.Formats;

/// <summary>
/// Inputs that once crashed the process or hung it: deep nesting (no recursion on the input's depth), paths that are
/// no regular file (refused before anything is opened), files that grow, few vertices, many unlinked declared
/// vertices, lone surrogates in messages.
/// </summary>
public sealed class InputBoundsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("netbalance-bounds-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Read_Gml60000LevelsDeep_IsAOneLineErrorNotAStackOverflow()
    {
        int levels = 60_000;
        var text = new StringBuilder("graph [\n");
        text.Insert(text.Length, "a [ ", levels).Insert(text.Length, "] ", levels).Append("\n]\n");

        var error = Assert.Throws<TopologyFormatException>(() => TopologyFile.Read(new StringReader(text.ToString()), TopologyFormat.Gml, "deep.gml"));

        Assert.Equal($"deep.gml:2: nesting deeper than {TopologyFile.MaxNestingDepth} levels of '['; expected lists nested at most {TopologyFile.MaxNestingDepth} deep", error.Message);
    }

    [Fact]
    public void Read_GmlNestedAtTheLimit_IsRead()
    {
        // graph [ node [ x [ ... ] ] ]: graph and node take two of the levels.
        int levels = TopologyFile.MaxNestingDepth - 2;
        string text = "graph [ node [ id 0 x " + string.Concat(Enumerable.Repeat("[ a ", levels)) + "1"
            + string.Concat(Enumerable.Repeat(" ]", levels)) + " ] node [ id 1 ] edge [ source 0 target 1 ] ]\n";

        var topology = TopologyFile.Read(new StringReader(text), TopologyFormat.Gml, "limit.gml").Topology;

        Assert.Equal(2, topology.NodeCount);
    }

    [Fact]
    public void Read_GraphMl60000ElementsDeep_IsAOneLineError()
    {
        int levels = 60_000;
        var text = new StringBuilder("<graphml><graph>\n");
        text.Insert(text.Length, "<a>", levels).Insert(text.Length, "</a>", levels).Append("</graph></graphml>\n");

        var error = Assert.Throws<TopologyFormatException>(() => TopologyFile.Read(new StringReader(text.ToString()), TopologyFormat.GraphMl, "deep.graphml"));

        Assert.StartsWith($"deep.graphml:2: nesting deeper than {TopologyFile.MaxNestingDepth} levels of elements", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.edges", false)]
    [InlineData("folder.gml", true)]
    public void Read_EmptyFileOrDirectory_IsRefused(string name, bool directory)
    {
        string path = Path.Combine(folder, name);
        if (directory)
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            File.WriteAllText(path, "");
        }

        var error = Assert.Throws<TopologyFormatException>(() => TopologyFile.Read(path));

        Assert.Equal(directory ? $"{path}: is a directory; expected a topology file" : $"{path}: empty or not a regular file (a pipe, a device or a socket has no length); expected a topology file with content", error.Message);
    }

    [UnixFact]
    public async Task Read_FifoOrLinkToDevice_IsRefusedWithoutOpeningIt()
    {
        string fifo = Path.Combine(folder, "pipe.edges");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }
        string zero = Path.Combine(folder, "zero.mtx");
        File.CreateSymbolicLink(zero, "/dev/zero");

        foreach (var path in new[] { fifo, zero })
        {
            var read = Task.Run(() => Assert.Throws<TopologyFormatException>(() => TopologyFile.Read(path)));
            Assert.True(await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(30))) == read, $"reading {path} did not end");
            Assert.Contains("empty or not a regular file", (await read).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_SingleVertex_IsAnErrorInEveryFormat()
    {
        var cases = new (TopologyFormat Format, string Text, int Line)[]
        {
            (TopologyFormat.Gml, "graph [\n node [ id 0 ]\n]\n", 2),
            (TopologyFormat.GraphMl, "<graphml><graph>\n<node id=\"a\"/></graph></graphml>\n", 2),
            (TopologyFormat.Pajek, "*Vertices 1\n", 1),
            (TopologyFormat.MatrixMarket, "%%MatrixMarket matrix coordinate pattern symmetric\n1 1 0\n", 2),
        };
        foreach (var (format, text, line) in cases)
        {
            var error = Assert.Throws<TopologyFormatException>(() => TopologyFile.Read(new StringReader(text), format, "one", new TopologyReadOptions { RequireConnected = false }));
            Assert.Equal(line, error.LineNumber);
            Assert.Contains("only one vertex", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(TopologyFormat.Pajek, "*Vertices 100003\n*Edges\n1 2\n", 1, "'*Vertices' declares 100003 vertices but the links name only 2; expected at most 100000 declared vertices that no link names")]
    [InlineData(TopologyFormat.MatrixMarket, "%%MatrixMarket matrix coordinate pattern symmetric\n100003 100003 1\n2 1\n", 2, "the size line declares 100003 vertices but the links name only 2")]
    public void Read_MoreUnlinkedDeclaredVerticesThanTheLimit_IsAnErrorAtTheHeader(TopologyFormat format, string text, int line, string problem)
    {
        var options = new TopologyReadOptions { RequireConnected = false };

        var error = Assert.Throws<TopologyFormatException>(() => TopologyFile.Read(new StringReader(text), format, "big", options));

        Assert.Equal(line, error.LineNumber);
        Assert.StartsWith($"big:{line}: {problem}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnlinkedDeclaredVerticesAtTheLimit_AreKept()
    {
        var options = new TopologyReadOptions { RequireConnected = false };
        string text = $"*Vertices {TopologyFile.MaxUnlinkedVertices + 2}\n*Edges\n1 2\n";

        var topology = TopologyFile.Read(new StringReader(text), TopologyFormat.Pajek, "ok.net", options).Topology;

        Assert.Equal(TopologyFile.MaxUnlinkedVertices + 2, topology.NodeCount);
    }

    [Fact]
    public void BoundedStream_MoreBytesThanTheLimit_IsAnErrorNamingTheFile()
    {
        using var bounded = new BoundedReadStream(new MemoryStream(new byte[100]), 64, "growing.edges");
        var buffer = new byte[40];

        Assert.Equal(40, bounded.Read(buffer));
        var error = Assert.Throws<TopologyFormatException>(() => bounded.Read(buffer));

        Assert.StartsWith("growing.edges: more than 64 bytes read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BoundedStream_ExactlyTheLimit_ReadsToTheEnd()
    {
        using var bounded = new BoundedReadStream(new MemoryStream(new byte[64]), 64, "exact.edges");
        using var copy = new MemoryStream();

        bounded.CopyTo(copy);

        Assert.Equal(64, copy.Length);
    }

    [Fact]
    public void Message_LoneSurrogatesAndLineBreaks_AreEscapedButPairsKept()
    {
        // Not theory data: xunit's serialisation of test cases would replace a lone surrogate by U+FFFD.
        var cases = new (string Label, string Written)[]
        {
            ("a\uD800b", "a\\uD800b"),
            ("a\uDC00", "a\\uDC00"),
            ("\uDC00\uD800", "\\uDC00\\uD800"),
            ("\uD83D\uDE00 ok", "\uD83D\uDE00 ok"),
            ("x\u2028y\n", "x\\u2028y\\n"),
        };
        foreach (var (label, written) in cases)
        {
            var error = new TopologyFormatException("f.gml", 3, $"vertex '{label}'");
            Assert.Equal($"f.gml:3: vertex '{written}'", error.Message);
        }
    }

    [Theory]
    [InlineData(TopologyFormat.EdgeList, "0 1\n1 ", 2)]
    [InlineData(TopologyFormat.Pajek, "*Vertices 2\n*Edgeslist\n1 ", 3)]
    [InlineData(TopologyFormat.MatrixMarket, "%%MatrixMarket matrix coordinate pattern symmetric\n2 2 1\n% ", 3)]
    public void Read_LineLongerThanTheLimit_IsAnErrorNamingTheLine(TopologyFormat format, string head, int line)
    {
        string text = head + new string('2', TopologyFile.MaxLineChars) + "\n";

        var error = Assert.Throws<TopologyFormatException>(() => TopologyFile.Read(new StringReader(text), format, "long"));

        Assert.Equal($"long:{line}: line longer than {TopologyFile.MaxLineChars} characters; expected a topology file's short lines", error.Message);
    }

    [Fact]
    public void Read_GmlStringLongerThanTheLimit_IsAnErrorNamingItsLine()
    {
        string text = "graph [\n  label \"" + new string('x', TopologyFile.MaxLineChars + 1) + "\"\n]\n";

        var error = Assert.Throws<TopologyFormatException>(() => TopologyFile.Read(new StringReader(text), TopologyFormat.Gml, "long.gml"));

        Assert.StartsWith($"long.gml:2: a token longer than {TopologyFile.MaxLineChars} characters", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0 1\r\n1 2\r2 3\n\n3 4", 4)]
    [InlineData("0 1\n1 2\n2 3\n3 4\n", 4)]
    [InlineData("\r\n0 1\r\r1 2\n2 3\r\n3 4\r\n", 4)]
    public void Read_EveryLineEnding_ReadsAsReadLineWould(string text, int links)
    {
        Assert.Equal(links, TopologyFile.Read(new StringReader(text), TopologyFormat.EdgeList, "ends.edges").Topology.LinkCount);
    }

    [Fact]
    public void Read_LineEndingsAcrossTheReadBuffer_KeepLineNumbers()
    {
        // 20,000 lines of "0 1"-like links split across several 16 Ki-character reads, CRLF ending each, then a self-loop.
        var text = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i} {i + 1}\r\n");
        }
        text.Append("7 7\r\n");

        var error = Assert.Throws<TopologyFormatException>(() => TopologyFile.Read(new StringReader(text.ToString()), TopologyFormat.EdgeList, "many.edges"));

        Assert.Equal(20_001, error.LineNumber);
    }
}
