namespace NetBalanceSim.Experiments.Sensitivity;

/// <summary>Which screenings a sensitivity design holds.</summary>
[Flags]
public enum SensitivityMethods
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>One at a time: the base point and each factor at its low and high end (2k + 1 points).</summary>
    Tornado = 1,

    /// <summary>Morris's elementary effects: r trajectories of k + 1 points.</summary>
    Morris = 2,

    /// <summary>Both.</summary>
    Both = Tornado | Morris,
}
