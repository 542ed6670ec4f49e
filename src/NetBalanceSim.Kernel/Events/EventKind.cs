namespace NetBalanceSim.Kernel;

/// <summary>What an event is; hashed into <see cref="Simulation.Fingerprint"/>.</summary>
public enum EventKind : byte
{
    /// <summary>A plain event triggered by user code.</summary>
    Event = 1,

    /// <summary>A <see cref="Kernel.Timeout"/>.</summary>
    Timeout = 2,

    /// <summary>The start of a process.</summary>
    Initialize = 3,

    /// <summary>The end of a process.</summary>
    Process = 4,

    /// <summary>An all-of or any-of condition.</summary>
    Condition = 5,

    /// <summary>The delivery of an interrupt to a process.</summary>
    Interruption = 6,

    /// <summary>A put into or a get from a store.</summary>
    Store = 7,

    /// <summary>The stop event of <see cref="Simulation.Run(double)"/>; not fingerprinted.</summary>
    Stop = 8,
}
