namespace NetBalance;

/// <summary>The window over which chi weighs a re-placement's gain against its migration cost (DESIGN §5).</summary>
public enum ChiWindow
{
    /// <summary>Paper eq. (1): <c>Tp - To</c> (or the unit-consistent variant of <see cref="ChiFormula"/>).</summary>
    Paper = 0,

    /// <summary>The expected time to the next significant load change, estimated from the intervals seen so far, minus To.</summary>
    Learned = 1,
}
