using System.Globalization;

namespace NetBalanceSim.Topologies.Formats;

/// <summary>
/// A topology file that cannot be used: missing, of an unknown format, malformed, or describing a graph the
/// simulator does not accept (self-loop, duplicate link, disconnected). The message is one line that names the
/// file, the line when there is one, what was found and what was expected. Control characters in the file name
/// or the problem (a label or token with a line break, say) are escaped (<c>\n</c>, <c>\r</c>, <c>\t</c>,
/// <c>\uXXXX</c>), so the message stays on one line.
/// </summary>
public sealed class TopologyFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="filePath">The file, as given by the user.</param>
    /// <param name="lineNumber">The 1-based line, or null when the problem concerns the whole file.</param>
    /// <param name="problem">What is wrong and what was expected, without the file and line.</param>
    public TopologyFormatException(string filePath, int? lineNumber, string problem)
        : base(Compose(filePath, lineNumber, problem))
    {
        FilePath = filePath;
        LineNumber = lineNumber;
        Problem = MessageText.Escape(problem);
    }

    /// <summary>Creates the exception with no file (for the standard constructor set).</summary>
    public TopologyFormatException()
        : this("(unknown file)", null, "invalid topology")
    {
    }

    /// <summary>Creates the exception with a message and no file.</summary>
    /// <param name="message">The message.</param>
    public TopologyFormatException(string message)
        : this("(unknown file)", null, message)
    {
    }

    /// <summary>Creates the exception with a message, an inner exception and no file.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TopologyFormatException(string message, Exception innerException)
        : base(MessageText.Escape(message ?? string.Empty), innerException)
    {
        FilePath = "(unknown file)";
        Problem = Message;
    }

    /// <summary>The file, as given by the user.</summary>
    public string FilePath { get; } = "(unknown file)";

    /// <summary>The 1-based line, or null when the problem concerns the whole file.</summary>
    public int? LineNumber { get; }

    /// <summary>
    /// True when the problem is a self-loop or a duplicate link, which reading with
    /// <see cref="TopologyReadOptions.DropInvalidLinks"/> would drop with a warning instead.
    /// </summary>
    public bool IsDroppableLink { get; init; }

    /// <summary>
    /// True when the problem is a disconnected graph, which reading with
    /// <see cref="TopologyReadOptions.KeepLargestComponent"/> would reduce to its largest component instead.
    /// </summary>
    public bool IsDisconnected { get; init; }

    /// <summary>What is wrong and what was expected.</summary>
    public string Problem { get; } = "invalid topology";

    private static string Compose(string filePath, int? lineNumber, string problem)
    {
        string file = MessageText.Escape(filePath ?? "(unknown file)");
        string text = MessageText.Escape(problem ?? string.Empty);
        return lineNumber is int line ? string.Create(CultureInfo.InvariantCulture, $"{file}:{line}: {text}") : $"{file}: {text}";
    }
}
