using System.Text;

namespace NetBalanceSim.Cli.Tests.Corpus;

/// <summary>
/// Bad topology inputs in the five formats and on the file system, each with the line and text its one-line error
/// must name. The cases of each format are in the partial files beside this one.
/// </summary>
internal static partial class TopologyInputCorpus
{
    private const string Lenient = "(--lenient drops such links with a warning)";
    private const string NotConnected = "expected a connected graph";
    private const string OneVertex = "only one vertex";
    private const string Empty = "empty or not a regular file";

    private static readonly Lazy<IReadOnlyDictionary<string, CorpusCase>> ByName = new(() =>
        new[] { EdgeListCases(), GraphMlCases(), GmlCases(), PajekCases(), MatrixMarketCases(), FileSystemCases() }
            .SelectMany(c => c)
            .ToDictionary(c => c.Name, StringComparer.Ordinal));

    /// <summary>Every case.</summary>
    public static IEnumerable<CorpusCase> All => ByName.Value.Values;

    /// <summary>The case of that name.</summary>
    public static CorpusCase Get(string name) => ByName.Value[name];

    private static byte[] Utf8Bom(string text) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];

    private static byte[] Utf16Bom(string text) => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];

    private static byte[] Utf16NoBom(string text) => Encoding.Unicode.GetBytes(text);

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    /// <summary>UTF-8 text with raw bytes spliced in at each <c>{}</c>.</summary>
    private static byte[] Spliced(string text, params byte[][] parts)
    {
        var pieces = text.Split("{}");
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(pieces[0]));
        for (int i = 1; i < pieces.Length; i++)
        {
            bytes.AddRange(parts[i - 1]);
            bytes.AddRange(Encoding.UTF8.GetBytes(pieces[i]));
        }
        return [.. bytes];
    }

    private static string Deep(string open, string close, int levels) =>
        string.Concat(Enumerable.Repeat(open, levels)) + string.Concat(Enumerable.Repeat(close, levels));
}
