namespace NetBalanceSim.Experiments.Scenarios;

/// <summary>
/// A scenario that cannot be used: the one-line message names the file, the key (or line) and what was
/// expected. The command line prints it and exits with code 2.
/// </summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The one-line message.</param>
    public ScenarioException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the error with its cause.</summary>
    /// <param name="message">The one-line message.</param>
    /// <param name="innerException">The cause.</param>
    public ScenarioException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an empty error (for serialisers).</summary>
    public ScenarioException()
    {
    }

    /// <summary>An error about one key of one file.</summary>
    /// <param name="source">The file (or <c>--set</c>) the value came from.</param>
    /// <param name="key">The key.</param>
    /// <param name="problem">What is wrong and what was expected.</param>
    /// <returns>The error.</returns>
    public static ScenarioException ForKey(string source, string key, string problem) => new($"{source}: key '{key}': {problem}");
}
