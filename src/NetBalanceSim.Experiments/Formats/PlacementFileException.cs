namespace NetBalanceSim.Experiments.Formats;

/// <summary>
/// A placement file that cannot be used: missing, malformed, or not matching the topology or testbed. The message
/// is one line naming the file (and line) and what was expected.
/// </summary>
public sealed class PlacementFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PlacementFileException()
    {
    }

    /// <summary>Creates the exception with its one-line message.</summary>
    /// <param name="message">The message.</param>
    public PlacementFileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its one-line message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PlacementFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
