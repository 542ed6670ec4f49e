namespace NetBalanceSim.Experiments.Running;

/// <summary>A journal that belongs to another plan than the one being resumed; the message is one line.</summary>
public sealed class JournalMismatchException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The one-line message.</param>
    public JournalMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with its cause.</summary>
    /// <param name="message">The one-line message.</param>
    /// <param name="innerException">The cause.</param>
    public JournalMismatchException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an empty error (for serialisers).</summary>
    public JournalMismatchException()
    {
    }
}
