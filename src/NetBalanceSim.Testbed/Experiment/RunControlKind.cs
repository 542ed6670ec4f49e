namespace NetBalanceSim.Testbed;

/// <summary>The kinds of <see cref="RunControl"/>.</summary>
public enum RunControlKind
{
    /// <summary>The placement never changes.</summary>
    Static = 0,

    /// <summary>A NETbalance coordinator with a strategy.</summary>
    Coordinator = 1,

    /// <summary>The clairvoyant oracle.</summary>
    Oracle = 2,
}
