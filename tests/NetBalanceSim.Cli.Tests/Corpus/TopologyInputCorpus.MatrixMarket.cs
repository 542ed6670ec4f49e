namespace NetBalanceSim.Cli.Tests.Corpus;

/// <summary>Bad Matrix Market .mtx files.</summary>
internal static partial class TopologyInputCorpus
{
    private const string Banner = "%%MatrixMarket matrix coordinate pattern symmetric\n";

    private static IEnumerable<CorpusCase> MatrixMarketCases() =>
    [
        CorpusCase.Text("mtx no banner", "nobanner.mtx", "2 2 1\n2 1\n", 1, "malformed banner"),
        CorpusCase.Text("mtx array format", "array.mtx", "%%MatrixMarket matrix array real general\n2 2\n0\n1\n1\n0\n", 1, "malformed banner"),
        CorpusCase.Text("mtx banner of four words", "four.mtx", "%%MatrixMarket matrix coordinate pattern\n2 2 1\n2 1\n", 1, "malformed banner"),
        CorpusCase.Text("mtx banner only", "banneronly.mtx", Banner, 1, "0 entries; expected a size line 'n n entries'"),
        CorpusCase.Text("mtx size not square", "rect.mtx", Banner + "2 3 1\n2 1\n", 2, "malformed size line"),
        CorpusCase.Text("mtx size non-numeric", "words.mtx", Banner + "two two one\n", 2, "malformed size line"),
        CorpusCase.Text("mtx size negative", "negative.mtx", Banner + "-2 -2 1\n", 2, "malformed size line"),
        CorpusCase.Text("mtx size huge", "huge.mtx", Banner + "2000000000 2000000000 1\n2 1\n", 2, "the size line declares 2000000000 vertices; expected at most 10000000"),
        CorpusCase.Text("mtx 10 million declared, disconnected allowed", "tenmillion.mtx", Banner + "10000000 10000000 1\n2 1\n", 2, "the size line declares 10000000 vertices but the links name only 2; expected at most 100000") with { StatsOptions = ["--allow-disconnected"], AlsoRun = false },
        CorpusCase.Text("mtx 10 million declared", "tenmillion-strict.mtx", Banner + "10000000 10000000 1\n2 1\n", 2, "size 10000000 with only 1 entries cannot be connected"),
        CorpusCase.Text("mtx too few entries", "few.mtx", Banner + "3 3 3\n2 1\n3 2\n", 4, "2 entries; expected 3 as the size line says"),
        CorpusCase.Text("mtx too many entries", "many.mtx", Banner + "3 3 2\n2 1\n3 2\n1 3\n", 5, "3 entries; expected 2 as the size line says"),
        CorpusCase.Text("mtx index out of range", "range.mtx", Banner + "3 3 2\n2 1\n4 2\n", 4, "index '4' is not in 1..3"),
        CorpusCase.Text("mtx index zero", "zero.mtx", Banner + "3 3 2\n2 1\n0 2\n", 4, "index '0' is not in 1..3"),
        CorpusCase.Text("mtx diagonal entry", "diag.mtx", Banner + "2 2 2\n2 1\n2 2\n", 4, "self-loop at vertex '2'; expected links between two different vertices " + Lenient) with { AlsoRun = false },
        CorpusCase.Text("mtx duplicate entry", "dup.mtx", Banner + "3 3 3\n2 1\n3 2\n2 1\n", 5, "duplicate link 2-1 (first on line 3)"),
        CorpusCase.Text("mtx entry with one index", "short.mtx", Banner + "2 2 1\n2\n", 3, "malformed entry '2'"),
        CorpusCase.Text("mtx single vertex", "single.mtx", Banner + "1 1 0\n", 2, OneVertex),
        CorpusCase.Text("mtx zero size", "zerosize.mtx", Banner + "0 0 0\n", null, "no vertices found"),
        CorpusCase.Text("mtx disconnected", "apart.mtx", Banner + "4 4 3\n2 1\n3 2\n2 1\n", 5, "duplicate link"),
        CorpusCase.Text("mtx CRLF self-loop", "crlf.mtx", (Banner + "2 2 2\n2 1\n1 1\n").ReplaceLineEndings("\r\n"), 4, "self-loop at vertex '1'"),
        CorpusCase.Text("mtx NUL after index", "nul-tail.mtx", Banner + "2 2 1\n2 1\0\n", 3, "index '1\\u0000' is not in 1..2"),
        CorpusCase.Text("mtx NUL in entry", "nul.mtx", Banner + "2 2 1\n2\01\n", 3, "malformed entry '2\\u00001'"),
        CorpusCase.Bytes("mtx BOM then self-loop", "bom.mtx", Utf8Bom(Banner + "2 2 2\n2 1\n2 2\n"), 4, "self-loop at vertex '2'"),
        CorpusCase.Bytes("mtx UTF-16 without BOM", "utf16.mtx", Utf16NoBom(Banner + "2 2 1\n2 1\n"), 1, "malformed banner"),
        CorpusCase.Bytes("mtx Latin-1 index", "latin1.mtx", Latin1(Banner + "2 2 1\n2 \u00b9\n"), 3, "index '\uFFFD' is not in 1..2"),
    ];
}
