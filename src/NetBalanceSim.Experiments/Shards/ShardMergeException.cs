namespace NetBalanceSim.Experiments.Shards;

/// <summary>Shards that cannot be merged (another plan, a unit twice or missing, an unfinished shard); the message is one line naming the folder or unit.</summary>
public sealed class ShardMergeException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The one-line message.</param>
    public ShardMergeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with its cause.</summary>
    /// <param name="message">The one-line message.</param>
    /// <param name="innerException">The cause.</param>
    public ShardMergeException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an empty error (for serialisers).</summary>
    public ShardMergeException()
    {
    }
}
