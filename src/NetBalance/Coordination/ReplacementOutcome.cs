namespace NetBalance;

/// <summary>What the coordinator did with one load report.</summary>
public enum ReplacementOutcome
{
    /// <summary>The predicted load did not differ significantly; no search ran.</summary>
    NoSignificantChange = 0,

    /// <summary>A search ran but found no placement with chi &lt; 0; phi is kept.</summary>
    Kept = 1,

    /// <summary>A search found phi' with chi &lt; 0 and it was deployed through the executor.</summary>
    Deployed = 2,
}
