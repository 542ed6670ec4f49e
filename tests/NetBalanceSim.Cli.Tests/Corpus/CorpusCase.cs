using System.Text;

namespace NetBalanceSim.Cli.Tests.Corpus;

/// <summary>What a corpus case puts at its path before the command runs.</summary>
internal enum CorpusKind
{
    /// <summary>A regular file with <see cref="CorpusCase.Content"/>.</summary>
    File,

    /// <summary>Nothing at all.</summary>
    Missing,

    /// <summary>An empty directory.</summary>
    Directory,

    /// <summary>A named pipe made with <c>mkfifo</c> (Unix only).</summary>
    Fifo,

    /// <summary>A symbolic link to <see cref="CorpusCase.LinkTarget"/> (Unix only).</summary>
    Symlink,
}

/// <summary>One bad topology input and what its error must say.</summary>
/// <param name="Name">A unique name, shown as the theory's data.</param>
/// <param name="FileName">The file's name inside the test's temporary folder (its extension chooses the format).</param>
/// <param name="Content">The bytes of a <see cref="CorpusKind.File"/>.</param>
/// <param name="Line">The line the message must name (<c>PATH:LINE: </c>), or null for a message about the whole file (<c>PATH: </c>).</param>
/// <param name="Expected">Text the message must contain, or null when any one-line reason will do.</param>
internal sealed record CorpusCase(string Name, string FileName, byte[] Content, int? Line, string? Expected)
{
    /// <summary>What is put at the path.</summary>
    public CorpusKind Kind { get; init; } = CorpusKind.File;

    /// <summary>The target of a <see cref="CorpusKind.Symlink"/>; a relative one lies in the temporary folder.</summary>
    public string LinkTarget { get; init; } = "";

    /// <summary>Options given to <c>topology stats</c> after the file.</summary>
    public IReadOnlyList<string> StatsOptions { get; init; } = [];

    /// <summary>Whether the case is also run as <c>run scenarios/default.json --set topology=FILE</c>.</summary>
    public bool AlsoRun { get; init; } = true;

    /// <summary>Whether the case can only be made on Unix (a pipe, a link to a device, a line break in a file name).</summary>
    public bool UnixOnly => Kind is CorpusKind.Fifo or CorpusKind.Symlink || FileName.Contains('\n', StringComparison.Ordinal);

    /// <summary>A file case from text, encoded as UTF-8 without a byte-order mark.</summary>
    public static CorpusCase Text(string name, string fileName, string text, int? line, string? expected) =>
        new(name, fileName, Encoding.UTF8.GetBytes(text), line, expected);

    /// <summary>A file case from raw bytes.</summary>
    public static CorpusCase Bytes(string name, string fileName, byte[] content, int? line, string? expected) =>
        new(name, fileName, content, line, expected);

    /// <summary>A case that is not a regular file with content.</summary>
    public static CorpusCase Special(string name, string fileName, CorpusKind kind, string? expected, string linkTarget = "") =>
        new(name, fileName, [], null, expected) { Kind = kind, LinkTarget = linkTarget };

    public override string ToString() => Name;
}
