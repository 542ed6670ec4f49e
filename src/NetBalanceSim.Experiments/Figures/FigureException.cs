namespace NetBalanceSim.Experiments.Figures;

/// <summary>
/// A figure that cannot be drawn: a missing or malformed CSV file (the message names the file and line), an
/// unknown figure id, or no usable font. The message is one line.
/// </summary>
public sealed class FigureException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The one-line message.</param>
    public FigureException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with its cause.</summary>
    /// <param name="message">The one-line message.</param>
    /// <param name="innerException">The cause.</param>
    public FigureException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an empty error (for serialisers).</summary>
    public FigureException()
    {
    }
}
