namespace NetBalance;

/// <summary>The cost function chi of a re-placement: the change of the experiment's runtime over one prediction window.</summary>
/// <remarks>
/// Paper eq. (1); DESIGN §3 "NETbalance control loop":
/// <c>chi = [W * tau(phi') + Tr(phi -&gt; phi')] - W * tau(phi)</c> with <c>W = Tp - To</c>
/// (<see cref="ChiFormula.Literal"/>) or <c>W = Tp - To / tau(phi)</c>
/// (<see cref="ChiFormula.UnitConsistent"/>). A negative chi means the new placement shortens the
/// runtime, and only then is it deployed. Immutable.
/// </remarks>
public sealed record ChiObjective
{
    /// <summary>Gets the prediction window Tp in virtual seconds.</summary>
    /// <value>The default value is 10.</value>
    public double TpSeconds { get; init; } = 10;

    /// <summary>Gets the optimisation time To in seconds.</summary>
    /// <value>The default value is 1.</value>
    public double ToSeconds { get; init; } = 1;

    /// <summary>Gets the formula variant.</summary>
    /// <value>The default value is <see cref="ChiFormula.Literal"/>.</value>
    public ChiFormula Formula { get; init; } = ChiFormula.Literal;

    /// <summary>
    /// Gets a window that replaces the formula's, in seconds, or null for the formula's: the learned window of
    /// <see cref="ChiWindow.Learned"/> or the oracle's true time to the next load change (DESIGN §5).
    /// </summary>
    /// <value>The default value is null.</value>
    public double? WindowOverrideSeconds { get; init; }

    /// <summary>Gets a value indicating whether Tr counts (false for an initial placement, which migrates nothing).</summary>
    /// <value>The default value is true.</value>
    public bool IncludeMigrationCost { get; init; } = true;

    /// <summary>
    /// Gets the objective of an initial placement: window 1 and no migration cost, so chi is
    /// <c>tau(phi') - tau(phi)</c>.
    /// </summary>
    public static ChiObjective TauOnly { get; } = new() { TpSeconds = 1, ToSeconds = 0, IncludeMigrationCost = false };

    /// <summary>Returns the window W that the time dilation factors are multiplied by.</summary>
    /// <param name="tauCurrent">tau(phi) of the current placement under the predicted load.</param>
    /// <returns>W in seconds; never negative.</returns>
    public double WindowSeconds(double tauCurrent)
    {
        var window = WindowOverrideSeconds
            ?? (Formula == ChiFormula.Literal ? TpSeconds - ToSeconds : TpSeconds - (ToSeconds / tauCurrent));
        return Math.Max(0, window);
    }

    /// <summary>Returns chi.</summary>
    /// <param name="tauCurrent">tau(phi) of the current placement under the predicted load.</param>
    /// <param name="tauNew">tau(phi') of the new placement under the predicted load.</param>
    /// <param name="reconfigurationSeconds">Tr(phi -&gt; phi') in seconds.</param>
    /// <returns>chi in seconds; negative when the new placement pays off.</returns>
    public double Chi(double tauCurrent, double tauNew, double reconfigurationSeconds)
    {
        var window = WindowSeconds(tauCurrent);
        var tr = IncludeMigrationCost ? reconfigurationSeconds : 0;
        return (window * tauNew) + tr - (window * tauCurrent);
    }

    /// <summary>Checks the values.</summary>
    /// <returns>This instance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Tp or To is negative or not finite.</exception>
    public ChiObjective Validate()
    {
        TestbedCostOptions.RequireNonNegative(TpSeconds, nameof(TpSeconds));
        TestbedCostOptions.RequireNonNegative(ToSeconds, nameof(ToSeconds));
        if (WindowOverrideSeconds is double window)
        {
            TestbedCostOptions.RequireNonNegative(window, nameof(WindowOverrideSeconds));
        }

        return this;
    }
}
