namespace NetBalanceSim.Cli.Tests.Corpus;

/// <summary>Bad GML files.</summary>
internal static partial class TopologyInputCorpus
{
    private const string TwoNodes = "graph [\n  node [ id 0 ]\n  node [ id 1 ]\n";

    private static IEnumerable<CorpusCase> GmlCases() =>
    [
        CorpusCase.Text("gml no graph", "nograph.gml", "creator \"me\"\n", null, "no 'graph [ ... ]' found"),
        CorpusCase.Text("gml comment only", "comment.gml", "# just a comment\n", null, "no 'graph [ ... ]' found"),
        CorpusCase.Text("gml unbalanced open", "open.gml", "graph [\n  node [ id 0 ]\n", 2, "unexpected end of file; expected a key or ']'"),
        CorpusCase.Text("gml unbalanced close", "close.gml", TwoNodes + "  edge [ source 0 target 1 ]\n]\n]\n", 6, "unexpected ']'; expected a key"),
        CorpusCase.Text("gml stray close at top", "stray.gml", "]\n", 1, "unexpected ']'; expected a key"),
        CorpusCase.Text("gml unterminated string", "string.gml", "graph [\n  label \"abc\n", 2, "unterminated string"),
        CorpusCase.Text("gml bad number", "number.gml", "graph [ node [ id 0x1 ] ]\n", 1, "unexpected '0x1'"),
        CorpusCase.Text("gml node without id", "noid.gml", "graph [\n  node [ label \"a\" ]\n]\n", 2, "'node' without 'id'"),
        CorpusCase.Text("gml edge without target", "notarget.gml", TwoNodes + "  edge [ source 0 ]\n]\n", 4, "'edge' without 'target'"),
        CorpusCase.Text("gml edge to undeclared node", "undeclared.gml", TwoNodes + "  edge [ source 0 target 7 ]\n]\n", 4, "edge refers to node 7, which is not declared"),
        CorpusCase.Text("gml node declared twice", "twice.gml", TwoNodes + "  node [ id 1 ]\n]\n", 4, "vertex '1' is declared twice (first on line 3)"),
        CorpusCase.Text("gml self-loop", "loop.gml", TwoNodes + "  edge [ source 0 target 1 ]\n  edge [ source 1 target 1 ]\n]\n", 5, "self-loop at vertex '1'"),
        CorpusCase.Text("gml duplicate edge", "dup.gml", TwoNodes + "  edge [ source 0 target 1 ]\n  edge [ source 1 target 0 ]\n]\n", 5, "duplicate link 1-0 (first on line 4); expected each link once " + Lenient) with { AlsoRun = false },
        CorpusCase.Text("gml disconnected", "apart.gml", TwoNodes + "  node [ id 2 ]\n  edge [ source 0 target 1 ]\n]\n", 4, NotConnected),
        CorpusCase.Text("gml single node", "single.gml", "graph [\n  node [ id 0 ]\n]\n", 2, OneVertex),
        CorpusCase.Text("gml empty graph", "emptygraph.gml", "graph [ ]\n", null, "no vertices found"),
        CorpusCase.Text("gml nesting 60000 deep", "deep.gml", "graph [ " + Deep("a [ ", "] ", 60_000) + "]\n", 1, "nesting deeper than 1000 levels"),
        CorpusCase.Text("gml nesting deep in a node", "deep-node.gml", "graph [\n  node [ id 0 x " + Deep("[ a ", "] ", 5_000) + "]\n]\n", 2, "nesting deeper than 1000 levels"),
        CorpusCase.Text("gml nesting deep before graph", "deep-top.gml", "x\n" + Deep("[ a ", "] ", 5_000) + "\n", 2, "nesting deeper than 1000 levels"),
        CorpusCase.Text("gml directed not a number", "directed.gml", "graph [\n  directed yes\n]\n", 2, "unexpected 'yes'; expected 0 or 1 after 'directed'"),
        CorpusCase.Text("gml key without value", "novalue.gml", "graph [\n  node\n]\n", 3, "unexpected ']'; expected a value"),
        CorpusCase.Text("gml NUL byte", "nul.gml", "graph [\n  node [ id 0 ] \0\n]\n", 2, "unexpected '\\u0000'"),
        CorpusCase.Text("gml line break in label", "newline.gml", "graph [\n  node [ id \"a\nb\" ]\n  node [ id 1 ]\n  edge [ source \"a\nb\" target \"a\nb\" ]\n]\n", 5, "self-loop at vertex 'a\\nb'"),
        CorpusCase.Text("gml source is a list", "listsource.gml", TwoNodes + "  edge [ source [ x 1 ] target 1 ]\n]\n", 4, "'edge' without 'source'"),
        CorpusCase.Text("gml CRLF duplicate", "crlf.gml", (TwoNodes + "  edge [ source 0 target 1 ]\n  edge [ source 0 target 1 ]\n]\n").ReplaceLineEndings("\r\n"), 5, "duplicate link 0-1 (first on line 4)"),
        CorpusCase.Bytes("gml BOM then single node", "bom.gml", Utf8Bom("graph [\n  node [ id 0 ]\n]\n"), 2, OneVertex),
        CorpusCase.Bytes("gml Latin-1 label", "latin1.gml", Latin1("graph [\n  node [ id \"caf\u00e9\" ]\n]\n"), 2, "only one vertex, 'caf\uFFFD'"),
        CorpusCase.Bytes("gml UTF-16 without BOM", "utf16.gml", Utf16NoBom("graph [ ]\n"), 1, "unexpected"),
    ];
}
