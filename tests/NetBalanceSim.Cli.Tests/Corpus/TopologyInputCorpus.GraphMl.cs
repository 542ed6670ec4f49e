namespace NetBalanceSim.Cli.Tests.Corpus;

/// <summary>Bad GraphML files.</summary>
internal static partial class TopologyInputCorpus
{
    private const string Head = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph edgedefault=\"undirected\">\n";
    private const string Tail = "</graph>\n</graphml>\n";

    private static IEnumerable<CorpusCase> GraphMlCases() =>
    [
        CorpusCase.Text("graphml not XML", "text.graphml", "hello\n", 1, "malformed XML"),
        CorpusCase.Text("graphml truncated", "truncated.graphml", Head + "<node id=\"a\"/>\n<node id=\"b\"/>\n<edge source=\"a\" targ", 5, "malformed XML"),
        CorpusCase.Text("graphml no graph element", "nograph.graphml", "<graphml/>\n", null, "no <graph> element"),
        CorpusCase.Text("graphml wrong root", "root.graphml", "<html><body/></html>\n", null, "no <graph> element"),
        CorpusCase.Text("graphml node without id", "noid.graphml", Head + "<node/>\n" + Tail, 3, "<node> without 'id'"),
        CorpusCase.Text("graphml edge without target", "notarget.graphml", Head + "<node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\"/>\n" + Tail, 4, "<edge> without 'target'"),
        CorpusCase.Text("graphml edge to undeclared node", "undeclared.graphml", Head + "<node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"z\"/>\n" + Tail, 4, "edge refers to node 'z', which is not declared"),
        CorpusCase.Text("graphml node declared twice", "twice.graphml", Head + "<node id=\"a\"/>\n<node id=\"a\"/>\n" + Tail, 4, "vertex 'a' is declared twice (first on line 3)"),
        CorpusCase.Text("graphml self-loop", "loop.graphml", Head + "<node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\"/>\n<edge source=\"b\" target=\"b\"/>\n" + Tail, 5, "self-loop at vertex 'b'"),
        CorpusCase.Text("graphml duplicate edge", "dup.graphml", Head + "<node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\"/>\n<edge source=\"b\" target=\"a\"/>\n" + Tail, 5, "duplicate link b-a (first on line 4); expected each link once " + Lenient) with { AlsoRun = false },
        CorpusCase.Text("graphml disconnected", "apart.graphml", Head + "<node id=\"a\"/><node id=\"b\"/><node id=\"c\"/>\n<edge source=\"a\" target=\"b\"/>\n" + Tail, 3, NotConnected),
        CorpusCase.Text("graphml single node", "single.graphml", Head + "<node id=\"a\"/>\n" + Tail, 3, OneVertex),
        CorpusCase.Text("graphml empty graph", "emptygraph.graphml", Head + Tail, null, "no vertices found"),
        CorpusCase.Text("graphml DTD", "dtd.graphml", "<!DOCTYPE graphml [<!ENTITY a \"b\">]>\n<graphml/>\n", null, "malformed XML"),
        CorpusCase.Text("graphml entity expansion", "laughs.graphml", "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>\n<graphml>&lol2;</graphml>\n", null, "malformed XML"),
        CorpusCase.Text("graphml nesting 60000 deep", "deep.graphml", Head + Deep("<a>", "</a>", 60_000) + "\n" + Tail, 3, "nesting deeper than 1000 levels"),
        CorpusCase.Text("graphml mismatched tags", "mismatch.graphml", Head + "</graphml>\n", 3, "malformed XML"),
        CorpusCase.Text("graphml NUL byte", "nul.graphml", Head + "<node id=\"a\"/>\0\n" + Tail, 3, "malformed XML"),
        CorpusCase.Text("graphml control character reference", "ctl.graphml", Head + "<node id=\"a&#x1;b\"/>\n" + Tail, 3, "malformed XML"),
        CorpusCase.Text("graphml line break in id", "newline-id.graphml", Head + "<node id=\"a&#10;b\"/><node id=\"c\"/>\n<edge source=\"a&#10;b\" target=\"a&#10;b\"/>\n" + Tail, 4, "self-loop at vertex 'a\\nb'"),
        CorpusCase.Text("graphml tab and CR in id", "tab-id.graphml", Head + "<node id=\"a&#9;&#13;b\"/>\n" + Tail, 3, "only one vertex, 'a\\t\\rb'"),
        CorpusCase.Text("graphml unterminated attribute", "attr.graphml", Head + "<node id=\"a/>\n" + Tail, 4, "malformed XML"),
        CorpusCase.Text("graphml text after root", "after.graphml", Head + "<node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"/>\n" + Tail + "junk\n", 6, "malformed XML"),
        CorpusCase.Text("graphml two roots", "roots.graphml", "<graphml/>\n<graphml/>\n", 2, "malformed XML"),
        CorpusCase.Text("graphml bogus encoding declaration", "encoding.graphml", "<?xml version=\"1.0\" encoding=\"bogus-42\"?>\n<graphml><graph><node id=\"a\"/></graph></graphml>\n", 2, OneVertex),
        CorpusCase.Bytes("graphml UTF-16 BOM single node", "utf16.graphml", Utf16Bom(Head + "<node id=\"a\"/>\n" + Tail), 3, OneVertex),
        CorpusCase.Bytes("graphml Latin-1 id", "latin1.graphml", Latin1(Head + "<node id=\"caf\u00e9\"/>\n" + Tail), 3, "only one vertex, 'caf\uFFFD'"),
        CorpusCase.Bytes("graphml BOM then CRLF duplicate", "bom-crlf.graphml", Utf8Bom((Head + "<node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\"/>\n<edge source=\"a\" target=\"b\"/>\n" + Tail).ReplaceLineEndings("\r\n")), 5, "duplicate link a-b (first on line 4)"),
    ];
}
