using System.Globalization;
using System.Text;
using SharedSource;

namespace NetBalanceSim.Topologies.Formats;

/// <summary>Reads and writes topology files, choosing the format by extension.</summary>
/// <remarks>
/// Vertex ids that are not 0..n-1 are renumbered stably (integer ids by ascending value, other ids in order of
/// first appearance) and the original ids kept in <see cref="Topology.Labels"/>. Self-loops, duplicate links
/// and disconnected graphs are errors unless <see cref="TopologyReadOptions"/> relaxes them. Every problem is a
/// <see cref="TopologyFormatException"/> whose one-line message names the file and line.
/// </remarks>
public static class TopologyFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The format a path's extension names.</summary>
    /// <param name="path">A file path.</param>
    /// <returns>The format.</returns>
    /// <exception cref="TopologyFormatException">The extension is not one of the known ones.</exception>
    public static TopologyFormat FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".edges" or ".edgelist" or ".txt" => TopologyFormat.EdgeList,
            ".graphml" => TopologyFormat.GraphMl,
            ".gml" => TopologyFormat.Gml,
            ".net" => TopologyFormat.Pajek,
            ".mtx" => TopologyFormat.MatrixMarket,
            var other => throw new TopologyFormatException(
                path,
                null,
                $"unknown format '{(other.Length == 0 ? "(no extension)" : other)}'; expected .edges, .edgelist, .txt, .graphml, .gml, .net or .mtx"),
        };
    }

    /// <summary>
    /// The largest topology file <see cref="Read(string, TopologyReadOptions?)"/> accepts, in bytes (1 GiB): about
    /// 60 million links as an edge list, far more than the <see cref="Topology.MaxNodeCount"/> vertices the simulator
    /// takes need, and small enough that no reader comes near the memory a single .NET string or array may hold.
    /// </summary>
    public const long MaxFileBytes = 1L << 30;

    /// <summary>
    /// The deepest nesting of lists (GML <c>[ ]</c>) or elements (GraphML) a reader follows (1,000 levels): real
    /// files nest 2 to 4 deep; deeper input is refused with the line where the limit is crossed.
    /// </summary>
    public const int MaxNestingDepth = 1_000;

    /// <summary>
    /// The longest line the line-based readers (edge list, Pajek, Matrix Market) accept, in characters (16 Mi): a
    /// Pajek <c>*Edgeslist</c> line of a hub with a million neighbours fits; a file that is one endless line is
    /// refused naming the line instead of being read into one string.
    /// </summary>
    public const int MaxLineChars = 16 * 1024 * 1024;

    /// <summary>
    /// The most vertices a header (Pajek <c>*Vertices n</c>, a Matrix Market size line) may declare beyond those its
    /// links name (100,000). Such vertices cost nothing in the file but a vertex each in memory and in every
    /// statistic; they can only be wanted with <see cref="TopologyReadOptions.RequireConnected"/> off.
    /// </summary>
    public const int MaxUnlinkedVertices = 100_000;

    /// <summary>Reads a topology file.</summary>
    /// <remarks>
    /// Before anything is opened, the extension must name a format and the path must be a regular file (a symbolic
    /// link is followed) of 1 to <see cref="MaxFileBytes"/> bytes: a directory is refused, and so is anything whose
    /// length is 0, which is how pipes and devices such as <c>/dev/zero</c> are refused without blocking or reading
    /// forever. What is read stays bounded by <see cref="MaxFileBytes"/> even if the file grows meanwhile.
    /// </remarks>
    /// <param name="path">The file.</param>
    /// <param name="options">Strictness; null for the defaults (everything checked).</param>
    /// <returns>The topology and any warnings.</returns>
    /// <exception cref="TopologyFormatException">The file is missing, not a regular file, empty, too large, unreadable, of unknown format, or invalid.</exception>
    public static TopologyReadResult Read(string path, TopologyReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var format = FormatOf(path);
        try
        {
            CheckReadable(path);
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            using var bounded = new BoundedReadStream(stream, MaxFileBytes, path);
            using var reader = new StreamReader(bounded, Utf8, detectEncodingFromByteOrderMarks: true);
            return Read(reader, format, path, options);
        }
        catch (IOException ex)
        {
            throw new TopologyFormatException(path, null, $"cannot read the file ({ex.Message})");
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new TopologyFormatException(path, null, $"cannot read the file ({ex.Message})");
        }
    }

    /// <summary>Refuses, without opening it, a path that is not a regular file of 1 to <see cref="MaxFileBytes"/> bytes.</summary>
    private static void CheckReadable(string path)
    {
        if (InputFile.Problem(path, "a topology file", MaxFileBytes, "1 GiB, the largest topology file read") is { } problem)
        {
            throw new TopologyFormatException(path, null, problem);
        }
    }

    /// <summary>Reads a topology from text in the given format.</summary>
    /// <param name="text">The content.</param>
    /// <param name="format">Its format.</param>
    /// <param name="path">The name to use in error messages.</param>
    /// <param name="options">Strictness; null for the defaults.</param>
    /// <returns>The topology and any warnings.</returns>
    /// <exception cref="TopologyFormatException">The content is invalid.</exception>
    public static TopologyReadResult Read(TextReader text, TopologyFormat format, string path, TopologyReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var collector = new LinkCollector(path, options ?? new TopologyReadOptions());
        return format switch
        {
            TopologyFormat.EdgeList => EdgeListReader.Read(text, collector),
            TopologyFormat.GraphMl => GraphMlReader.Read(text, collector),
            TopologyFormat.Gml => GmlReader.Read(text, collector),
            TopologyFormat.Pajek => PajekReader.Read(text, collector),
            TopologyFormat.MatrixMarket => MatrixMarketReader.Read(text, collector),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown topology format."),
        };
    }

    /// <summary>Writes a topology atomically (temporary file, then rename) as an edge list or GraphML.</summary>
    /// <param name="path">The destination; its extension chooses the format.</param>
    /// <param name="topology">The topology.</param>
    /// <param name="header">Header comment lines (without <c>#</c>).</param>
    /// <exception cref="TopologyFormatException">The extension names no writable format, a label cannot be written in it, or the file cannot be written.</exception>
    public static void Write(string path, Topology topology, IEnumerable<string> header)
    {
        ArgumentNullException.ThrowIfNull(path);
        var format = FormatOf(path);
        if (format is not (TopologyFormat.EdgeList or TopologyFormat.GraphMl))
        {
            throw new TopologyFormatException(path, null, $"cannot write {format}; expected an output file ending in .edges or .graphml");
        }
        if (format == TopologyFormat.GraphMl && GraphMlWriter.FirstUnwritableLabel(topology) is int v and >= 0)
        {
            throw new TopologyFormatException(
                path,
                null,
                $"the label of vertex {v}, '{EdgeListReader.Shorten(topology.LabelOf(v))}', holds a character XML cannot represent; expected labels without control characters (an .edges file can hold it)");
        }
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new TopologyFormatException(path, null, $"folder '{folder}' does not exist; expected an existing output folder");
        }
        try
        {
            AtomicFile.Write(path, stream => WriteTo(stream, format, topology, header));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TopologyFormatException(path, null, $"cannot write the file ({ex.Message})");
        }
    }

    /// <summary>Writes a topology to a stream in a writable format.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="format"><see cref="TopologyFormat.EdgeList"/> or <see cref="TopologyFormat.GraphMl"/>.</param>
    /// <param name="topology">The topology.</param>
    /// <param name="header">Header comment lines.</param>
    public static void WriteTo(Stream stream, TopologyFormat format, Topology topology, IEnumerable<string> header)
    {
        if (format == TopologyFormat.GraphMl)
        {
            GraphMlWriter.Write(stream, topology, header);
            return;
        }
        if (format != TopologyFormat.EdgeList)
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Only edge lists and GraphML can be written.");
        }
        using var writer = new StreamWriter(stream, Utf8, leaveOpen: true);
        EdgeListWriter.Write(writer, topology, header);
    }
}
