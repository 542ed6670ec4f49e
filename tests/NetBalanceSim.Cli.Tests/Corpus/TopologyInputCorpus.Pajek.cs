namespace NetBalanceSim.Cli.Tests.Corpus;

/// <summary>Bad Pajek .net files.</summary>
internal static partial class TopologyInputCorpus
{
    private static IEnumerable<CorpusCase> PajekCases() =>
    [
        CorpusCase.Text("net data before vertices", "data.net", "1 2\n", 1, "data before '*Vertices n'"),
        CorpusCase.Text("net edges before vertices", "edgesfirst.net", "*Edges\n1 2\n", 1, "'*Edges' before '*Vertices n'"),
        CorpusCase.Text("net vertices without count", "nocount.net", "*Vertices\n", 1, "malformed '*Vertices' line"),
        CorpusCase.Text("net negative count", "negative.net", "*Vertices -3\n", 1, "malformed '*Vertices' line"),
        CorpusCase.Text("net non-numeric count", "words.net", "*Vertices many\n", 1, "malformed '*Vertices' line"),
        CorpusCase.Text("net count beyond 64 bits", "overflow.net", "*Vertices 99999999999999999999\n", 1, "malformed '*Vertices' line"),
        CorpusCase.Text("net vertices twice", "twice.net", "*Vertices 2\n*Vertices 2\n", 2, "malformed '*Vertices' line"),
        CorpusCase.Text("net huge declared count", "huge.net", "*Vertices 2000000000\n*Edges\n1 2\n", 1, "'*Vertices' declares 2000000000 vertices; expected at most 10000000"),
        CorpusCase.Text("net 10 million declared, disconnected allowed", "tenmillion.net", "*Vertices 10000000\n*Edges\n1 2\n", 1, "'*Vertices' declares 10000000 vertices but the links name only 2; expected at most 100000 declared vertices that no link names") with { StatsOptions = ["--allow-disconnected"], AlsoRun = false },
        CorpusCase.Text("net 10 million declared", "tenmillion-strict.net", "*Vertices 10000000\n*Edges\n1 2\n", 1, "10000000 vertices but only 1 links, so the graph is not connected"),
        CorpusCase.Text("net vertex out of range", "range.net", "*Vertices 3\n*Edges\n1 2\n2 4\n", 4, "vertex '4' is not a number in 1..3"),
        CorpusCase.Text("net vertex zero", "zero.net", "*Vertices 3\n*Edges\n0 1\n", 3, "vertex '0' is not a number in 1..3"),
        CorpusCase.Text("net vertex non-numeric", "alpha.net", "*Vertices 3\n*Edges\n1 b\n", 3, "vertex 'b' is not a number"),
        CorpusCase.Text("net vertex line bad id", "vline.net", "*Vertices 2\n3 \"c\"\n", 2, "vertex '3' is not a number in 1..2"),
        CorpusCase.Text("net edge with one vertex", "short.net", "*Vertices 2\n*Edges\n1\n", 3, "malformed line '1'"),
        CorpusCase.Text("net unsupported section", "matrix.net", "*Vertices 2\n*Matrix\n0 1\n1 0\n", 2, "unsupported section '*Matrix'"),
        CorpusCase.Text("net self-loop", "loop.net", "*Vertices 2\n*Edges\n1 2\n2 2\n", 4, "self-loop at vertex '2'"),
        CorpusCase.Text("net duplicate edge", "dup.net", "*Vertices 2\n*Edges\n1 2\n2 1\n", 4, "duplicate link 2-1 (first on line 3); expected each link once " + Lenient) with { AlsoRun = false },
        CorpusCase.Text("net arcslist out of range", "arcslist.net", "*Vertices 3\n*Arcslist\n1 2 3 9\n", 3, "vertex '9' is not a number in 1..3"),
        CorpusCase.Text("net disconnected", "apart.net", "*Vertices 4\n*Edges\n1 2\n2 3\n3 1\n", 1, "vertex '4' is not connected to vertex '1'"),
        CorpusCase.Text("net single vertex", "single.net", "*Vertices 1\n", 1, OneVertex),
        CorpusCase.Text("net too few links", "fewlinks.net", "*Vertices 4\n*Edges\n1 2\n3 4\n", 1, "4 vertices but only 2 links, so the graph is not connected"),
        CorpusCase.Text("net zero vertices", "none.net", "*Vertices 0\n", null, "no vertices found"),
        CorpusCase.Text("net comments only", "comments.net", "% a comment\n", null, "no vertices found"),
        CorpusCase.Text("net CRLF self-loop", "crlf.net", "*Vertices 2\r\n*Edges\r\n1 2\r\n1 1\r\n", 4, "self-loop at vertex '1'"),
        CorpusCase.Text("net NUL in edge", "nul.net", "*Vertices 2\n*Edges\n1 \02\n", 3, "vertex '\\u00002' is not a number"),
        CorpusCase.Text("net NUL after count", "nul-count.net", "*Vertices 2\0\n*Edges\n1 2\n", 1, "malformed '*Vertices' line"),
        CorpusCase.Bytes("net BOM then duplicate", "bom.net", Utf8Bom("*Vertices 2\n*Edges\n1 2\n1 2\n"), 4, "duplicate link 1-2 (first on line 3)"),
        CorpusCase.Bytes("net UTF-16 BOM single vertex", "utf16.net", Utf16Bom("*Vertices 1\n"), 1, OneVertex),
    ];
}
