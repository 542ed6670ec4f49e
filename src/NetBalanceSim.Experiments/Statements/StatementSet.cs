namespace NetBalanceSim.Experiments.Statements;

/// <summary>Which half of the paper's statements a statement belongs to when the constants are calibrated.</summary>
public enum StatementSet
{
    /// <summary>Scored by <c>calibrate</c>: the candidate holding most of these is chosen.</summary>
    Calibration,

    /// <summary>Held apart: reported for the chosen candidate, never used to choose it.</summary>
    Validation,
}
