namespace NetBalanceSim.Kernel;

/// <summary>The fault a process receives when another process interrupts it (<see cref="Process.Interrupt"/>).</summary>
public sealed class InterruptException : Exception
{
    /// <summary>Creates the fault with its cause.</summary>
    /// <param name="cause">Why the process was interrupted.</param>
    public InterruptException(object? cause)
        : base($"The process was interrupted{(cause is null ? "" : $" ({cause})")}.")
    {
        Cause = cause;
    }

    /// <summary>Creates the fault without a cause.</summary>
    public InterruptException()
        : this(null)
    {
    }

    /// <summary>Creates the fault with a message (for serialisers and tools).</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The inner exception.</param>
    public InterruptException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Why the process was interrupted, as given to <see cref="Process.Interrupt"/>.</summary>
    public object? Cause { get; }
}
