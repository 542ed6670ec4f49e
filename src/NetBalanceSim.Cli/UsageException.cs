namespace NetBalanceSim.Cli;

/// <summary>
/// A user error (bad option value, unreadable or malformed input file). The CLI prints its message as one
/// line on stderr and exits with code 2; the message names the file, key or line and what was expected.
/// </summary>
internal sealed class UsageException(string message) : Exception(message);
