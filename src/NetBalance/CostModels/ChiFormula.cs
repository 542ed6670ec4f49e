namespace NetBalance;

/// <summary>Which window the cost function chi (paper eq. 1) multiplies the time dilation factors by.</summary>
public enum ChiFormula
{
    /// <summary>
    /// Paper eq. (1) literally: <c>chi = [(Tp - To) * tau(phi') + Tr] - (Tp - To) * tau(phi)</c>.
    /// </summary>
    Literal = 0,

    /// <summary>
    /// The unit-consistent variant: the experiment runs <c>To / tau(phi)</c> virtual seconds during the
    /// optimisation, so the window is <c>Tp - To / tau(phi)</c> virtual seconds.
    /// </summary>
    UnitConsistent = 1,
}
