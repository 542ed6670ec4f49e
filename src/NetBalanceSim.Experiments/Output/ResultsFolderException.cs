namespace NetBalanceSim.Experiments.Output;

/// <summary>A results folder that may not be written (reference results without --force); the message is one line.</summary>
public sealed class ResultsFolderException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The one-line message.</param>
    public ResultsFolderException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with its cause.</summary>
    /// <param name="message">The one-line message.</param>
    /// <param name="innerException">The cause.</param>
    public ResultsFolderException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an empty error (for serialisers).</summary>
    public ResultsFolderException()
    {
    }
}
