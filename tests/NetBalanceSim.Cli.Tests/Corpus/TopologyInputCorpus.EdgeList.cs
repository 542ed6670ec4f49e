namespace NetBalanceSim.Cli.Tests.Corpus;

/// <summary>Bad edge lists (.edges, .edgelist, .txt).</summary>
internal static partial class TopologyInputCorpus
{
    private static IEnumerable<CorpusCase> EdgeListCases() =>
    [
        CorpusCase.Text("edges one token", "one-token.edges", "0\n", 1, "malformed line '0'"),
        CorpusCase.Text("edges non-numeric weight", "weight.edges", "0 1 heavy\n", 1, "malformed line '0 1 heavy'"),
        CorpusCase.Text("edges named self-loop", "named-loop.edges", "a b\nb b\n", 2, "self-loop at vertex 'b'"),
        CorpusCase.Text("edges named duplicate", "named-dup.edges", "a b\nb a 2.5\n", 2, "duplicate link b-a (first on line 1)"),
        CorpusCase.Text("edges id beyond 64 bits", "huge-id.edges", "0 99999999999999999999\n", 1, "malformed line"),
        CorpusCase.Text("edges named disconnected", "named-apart.edges", "a b\nc d\n", 2, NotConnected),
        CorpusCase.Text("edges comment as second id", "hash.edges", "0 #1\n", 1, "malformed line"),
        CorpusCase.Text("edges no-break space in a name", "nbsp.edges", "0 a\u00a0b\n", 1, "malformed line"),
        CorpusCase.Text("edges self-loop", "loop.edges", "0 1\n1 1\n", 2, "self-loop at vertex '1'; expected links between two different vertices " + Lenient) with { AlsoRun = false },
        CorpusCase.Text("edges self-loop in run", "loop-run.edges", "0 1\n1 1\n", 2, "self-loop at vertex '1'"),
        CorpusCase.Text("edges duplicate link", "dup.edges", "0 1\n1 2\n0 1\n", 3, "duplicate link 0-1 (first on line 1); expected each link once " + Lenient) with { AlsoRun = false },
        CorpusCase.Text("edges duplicate reversed", "dup-rev.edges", "0 1\n1 0\n", 2, "duplicate link 1-0 (first on line 1)"),
        CorpusCase.Text("edges only self-loop lenient", "only-loop.edges", "0 0\n", 1, OneVertex) with { StatsOptions = ["--lenient"], AlsoRun = false },
        CorpusCase.Text("edges disconnected", "apart.edges", "0 1\n2 3\n", 2, NotConnected),
        CorpusCase.Text("edges comments only", "comments.edges", "# nothing\n% nor here\n", null, "no vertices found"),
        CorpusCase.Text("edges blank lines only", "blank.edges", "\n\n   \n\t\n", null, "no vertices found"),
        CorpusCase.Text("edges NUL line", "nul-line.edges", "0 1\n\0\0\n", 2, "malformed line '\\u0000\\u0000'"),
        CorpusCase.Text("edges NUL after id", "nul-id.edges", "0 1\0\n", 1, "malformed line '0 1\\u0000'"),
        CorpusCase.Text("edges NUL before id", "nul-lead.edges", "0 1\n\01 2\n", 2, "malformed line '\\u00001 2'"),
        CorpusCase.Text("edges bell character", "bell.edges", "0 1\n1 \a\n", 2, "malformed line '1 \\u0007'"),
        CorpusCase.Text("edges escape character", "esc.edges", "0 \u001b[31m1\n", 1, "\\u001B[31m1"),
        CorpusCase.Bytes("edges UTF-8 BOM then self-loop", "bom.edges", Utf8Bom("0 1\n1 1\n"), 2, "self-loop"),
        CorpusCase.Bytes("edges two BOMs", "bom2.edges", Utf8Bom("\uFEFF0 1\n"), 1, "malformed line"),
        CorpusCase.Bytes("edges UTF-16 with BOM then self-loop", "utf16.edges", Utf16Bom("0 1\n2 2\n"), 2, "self-loop at vertex '2'"),
        CorpusCase.Bytes("edges UTF-16 without BOM", "utf16-nobom.edges", Utf16NoBom("0 1\n"), 1, "malformed line '0\\u0000"),
        CorpusCase.Bytes("edges Latin-1 byte", "latin1.edges", Latin1("0 1\n1 caf\u00e9\n"), 2, "malformed line '1 caf\uFFFD'"),
        CorpusCase.Bytes("edges invalid UTF-8 surrogate bytes", "surrogate-bytes.edges", Spliced("0 1\n1 {}\n", [0xED, 0xA0, 0x80]), 2, "malformed line"),
        CorpusCase.Text("edges CRLF self-loop", "crlf.edges", "0 1\r\n1 2\r\n2 2\r\n", 3, "self-loop at vertex '2'"),
        CorpusCase.Text("edges CR only", "cr.edges", "0 1\r1 2\r2 2\r", 3, "self-loop at vertex '2'"),
        CorpusCase.Text("edges truncated last line", "truncated.edges", "0 1\n1 2\n2", 3, "malformed line '2'"),
        CorpusCase.Text("edges trailing comment token", "trailing.edges", "0\t1\t\t#x\n", 1, "malformed line"),
        CorpusCase.Text("edges very long line", "long.edges", "0 " + new string('1', 100_000) + " 2\n", 1, "..."),
        CorpusCase.Text("edges label with bad escape", "bad-escape.edges", "# vertex 0 a\\q\n# vertex 1 b\n0 1\n", 1, "malformed vertex label comment: malformed escape '\\q'"),
        CorpusCase.Text("edges label unterminated quote", "quote.edges", "# vertex 0 \"a\n# vertex 1 b\n0 1\n", 1, "malformed vertex label comment"),
        CorpusCase.Text("edges label twice", "label-twice.edges", "# vertex 0 a\n# vertex 0 b\n0 1\n", 2, "vertex 0 is labelled twice (first on line 1)"),
        CorpusCase.Text("edges labels not matching links", "label-mismatch.edges", "# vertex 5 a\n0 1\n", 1, "vertex label comments do not match the links"),
        CorpusCase.Text("edges .txt malformed", "links.txt", "x\n", 1, "malformed line 'x'"),
        CorpusCase.Text("edges .edgelist self-loop", "links.edgelist", "3 3\n", 1, "self-loop at vertex '3'"),
    ];
}
