namespace NetBalanceSim.Experiments.Sensitivity;

/// <summary>How a factor's range is spread over the unit interval of a design.</summary>
public enum FactorScale
{
    /// <summary>Evenly: level u is <c>low + u (high - low)</c>.</summary>
    Linear,

    /// <summary>Geometrically: level u is <c>low (high / low)^u</c> (both ends above 0).</summary>
    Log,
}
