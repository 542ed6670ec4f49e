namespace NetBalanceSim.Experiments.Output;

/// <summary>Where and how results were made, for the manifest; gathered by the command line, not by the model.</summary>
public sealed record RunProvenance
{
    /// <summary>The command line as typed.</summary>
    public required string CommandLine { get; init; }

    /// <summary>The program's version, with the commit it was built from.</summary>
    public required string Version { get; init; }

    /// <summary>The commit of the working tree the command ran in, if known.</summary>
    public string? Commit { get; init; }

    /// <summary>Whether that working tree had uncommitted changes, if known.</summary>
    public bool? Dirty { get; init; }

    /// <summary>The .NET runtime.</summary>
    public required string Runtime { get; init; }

    /// <summary>The operating system.</summary>
    public required string OperatingSystem { get; init; }

    /// <summary>Logical processors of the machine.</summary>
    public required int ProcessorCount { get; init; }

    /// <summary>Repetitions run at once.</summary>
    public required int Jobs { get; init; }

    /// <summary>When the run started, ISO 8601 UTC.</summary>
    public required string StartedUtc { get; init; }

    /// <summary>When it finished, ISO 8601 UTC.</summary>
    public required string FinishedUtc { get; init; }

    /// <summary>Its wall time in seconds.</summary>
    public required double WallSeconds { get; init; }
}
