namespace NetBalance;

/// <summary>The settings of the simulated annealing re-placement search.</summary>
/// <remarks>
/// DESIGN §3 "NETbalance control loop"; the cooling schedule and the move mix are documented in
/// docs/model.md. Probabilities are per evaluated move.
/// </remarks>
public sealed record AnnealerOptions
{
    /// <summary>Gets the probability that a step proposes a swap of two vnodes rather than a move of one.</summary>
    /// <value>The default value is 0.2.</value>
    public double SwapProbability { get; init; } = 0.2;

    /// <summary>Gets the probability of drawing the moved vnode from the most loaded VM (else uniformly from all vnodes).</summary>
    /// <value>The default value is 0.5.</value>
    public double HotVnodeProbability { get; init; } = 0.5;

    /// <summary>Gets the probability that the destination is the VM of one of the vnode's neighbours.</summary>
    /// <value>The default value is 0.4.</value>
    public double NeighbourDestinationProbability { get; init; } = 0.4;

    /// <summary>Gets the probability that the destination is the lighter of two random VMs (else one uniformly random VM).</summary>
    /// <value>The default value is 0.3.</value>
    public double LightDestinationProbability { get; init; } = 0.3;

    /// <summary>
    /// Gets the probability of a boundary move instead: a neighbour (on another VM) of a vnode on the most loaded VM goes
    /// to another VM of the most loaded VM's physical node, which turns its link from inter-node to inter-VM traffic.
    /// </summary>
    /// <value>The default value is 0 (the paper's coordinator's mix; the initial placer uses it on large levels).</value>
    public double HotBoundaryProbability { get; init; }

    /// <summary>Gets the acceptance probability of an average worsening move at the start temperature.</summary>
    /// <value>The default value is 0.2.</value>
    public double InitialAcceptanceProbability { get; init; } = 0.2;

    /// <summary>Gets the ratio of the final to the initial temperature of the geometric cooling schedule.</summary>
    /// <value>The default value is 0.001.</value>
    public double FinalTemperatureRatio { get; init; } = 0.001;

    /// <summary>Gets the most moves spent sampling worsening deltas to set the start temperature (at most a tenth of the budget).</summary>
    /// <value>The default value is 256.</value>
    public int CalibrationMoves { get; init; } = 256;

    /// <summary>
    /// Gets the weight of the balance term (the root mean square of the VMs' demand over rho) in the
    /// search energy, relative to tau; 0 searches on chi alone.
    /// </summary>
    /// <value>The default value is 0 (the search follows chi alone).</value>
    public double BalanceWeight { get; init; }

    /// <summary>Checks the values.</summary>
    /// <returns>This instance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A probability is outside [0, 1] or another value is out of range.</exception>
    public AnnealerOptions Validate()
    {
        RequireProbability(SwapProbability, nameof(SwapProbability));
        RequireProbability(HotVnodeProbability, nameof(HotVnodeProbability));
        RequireProbability(HotBoundaryProbability, nameof(HotBoundaryProbability));
        RequireProbability(NeighbourDestinationProbability + LightDestinationProbability, nameof(LightDestinationProbability));
        RequireProbability(NeighbourDestinationProbability, nameof(NeighbourDestinationProbability));
        RequireProbability(LightDestinationProbability, nameof(LightDestinationProbability));
        if (!(InitialAcceptanceProbability > 0 && InitialAcceptanceProbability < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(InitialAcceptanceProbability), InitialAcceptanceProbability, "Must lie in (0, 1).");
        }

        if (!(FinalTemperatureRatio > 0 && FinalTemperatureRatio <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(FinalTemperatureRatio), FinalTemperatureRatio, "Must lie in (0, 1].");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(CalibrationMoves);
        TestbedCostOptions.RequireNonNegative(BalanceWeight, nameof(BalanceWeight));
        return this;
    }

    private static void RequireProbability(double value, string name)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "A probability must lie in [0, 1].");
        }
    }
}
