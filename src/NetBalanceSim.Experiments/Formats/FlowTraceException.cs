namespace NetBalanceSim.Experiments.Formats;

/// <summary>A flow trace that cannot be used: the one-line message names the file, the line and what was expected.</summary>
public sealed class FlowTraceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FlowTraceException()
    {
    }

    /// <summary>Creates the exception with its one-line message.</summary>
    /// <param name="message">The message.</param>
    public FlowTraceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its one-line message and cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public FlowTraceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
