using System.Globalization;

namespace NetBalanceSim.Topologies.Formats;

/// <summary>
/// Reads a Matrix Market coordinate file as an adjacency matrix: the banner
/// <c>%%MatrixMarket matrix coordinate FIELD SYMMETRY</c> (also with a single <c>%</c>; words in any case), <c>%</c>
/// comments, the size line <c>n n entries</c>, then one <c>i j [value]</c> per entry with 1-based indices. Values
/// (FIELD <c>real</c>, <c>integer</c>, <c>complex</c>) are ignored: every stored entry is a link, even an explicit 0. With <c>general</c> symmetry an
/// entry and its transpose are one link; a diagonal entry is a self-loop.
/// </summary>
internal static class MatrixMarketReader
{
    public static TopologyReadResult Read(TextReader reader, LinkCollector collector)
    {
        var lines = new LineReader(reader, collector);
        string? banner = lines.Next();
        var parts = (banner ?? string.Empty).Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 5 || !IsBannerWord(parts[0])
            || !parts[1].Equals("matrix", StringComparison.OrdinalIgnoreCase)
            || !parts[2].Equals("coordinate", StringComparison.OrdinalIgnoreCase))
        {
            throw collector.Error(1, "malformed banner; expected '%%MatrixMarket matrix coordinate FIELD SYMMETRY' (or '%MatrixMarket ...')");
        }
        bool directed = parts[4].Equals("general", StringComparison.OrdinalIgnoreCase);
        int lineNumber = 1;
        int size = -1;
        long expected = 0;
        long entries = 0;
        while (lines.Next() is string raw)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '%')
            {
                continue;
            }
            var tokens = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (size < 0)
            {
                (size, expected) = ReadSize(tokens, lineNumber, collector);
                continue;
            }
            if (tokens.Length < 2)
            {
                throw collector.Error(lineNumber, $"malformed entry '{EdgeListReader.Shorten(line)}'; expected 'i j [value]' with indices 1..{size}");
            }
            collector.AddLink(Index(tokens[0], size, lineNumber, collector), Index(tokens[1], size, lineNumber, collector), lineNumber, directed);
            entries++;
        }
        if (size < 0 || entries != expected)
        {
            throw collector.Error(lineNumber, $"{entries} entries; expected {(size < 0 ? "a size line 'n n entries'" : $"{expected} as the size line says")}");
        }
        return collector.Build();
    }

    /// <summary>The banner's first word, <c>%%MatrixMarket</c> or, as some published collections write it, <c>%MatrixMarket</c>, in any case.</summary>
    private static bool IsBannerWord(string word) =>
        word.Equals("%%MatrixMarket", StringComparison.OrdinalIgnoreCase) || word.Equals("%MatrixMarket", StringComparison.OrdinalIgnoreCase);

    private static (int Size, long Entries) ReadSize(string[] tokens, int line, LinkCollector collector)
    {
        if (tokens.Length != 3
            || !Digits.TryParse(tokens[0], out int rows)
            || !Digits.TryParse(tokens[1], out int columns)
            || !Digits.TryParse(tokens[2], out long entries)
            || rows != columns)
        {
            throw collector.Error(line, "malformed size line; expected 'n n entries' for a square adjacency matrix");
        }
        collector.CheckDeclaredCount(rows, line, "the size line");
        if (collector.RequireConnected && rows - 1L > entries)
        {
            throw collector.Disconnected(line, string.Create(
                CultureInfo.InvariantCulture,
                $"size {rows} with only {entries} entries cannot be connected; expected a connected graph (at least {rows - 1L} entries)"));
        }
        collector.DeclareNumbered(rows, line, "the size line");
        return (rows, entries);
    }

    private static string Index(string token, int size, int line, LinkCollector collector)
    {
        if (!Digits.TryParse(token, out int v) || v < 1 || v > size)
        {
            throw collector.Error(line, $"index '{EdgeListReader.Shorten(token)}' is not in 1..{size}; expected 1-based matrix indices");
        }
        return token;
    }
}
