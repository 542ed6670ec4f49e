namespace NetBalance;

/// <summary>
/// Annealing from the current placement, held against a fresh multilevel placement of the predicted load that is
/// relabelled onto the current VMs and cleaned up; the candidate with the lower chi is then polished by annealing
/// on chi counted from phi, and the best of the three wins.
/// </summary>
/// <remarks>
/// DESIGN §5 <c>annealing+fresh</c>. Annealing from phi plateaus far above tauLB when the load has moved a long way
/// (a sink change on few VMs); a fresh placement does not, and relabelling and the cleanup keep its migrations few.
/// Every stage is charged to the one budget: <see cref="AnnealShare"/> for annealing from phi,
/// <see cref="FreshShare"/> for the placer's annealing at all levels (coarsening is not charged: it is O(links) per
/// level), the 10% the three shares leave for the fresh candidate's cleanup (before the comparison), and
/// <see cref="PolishShare"/> for the polish of the winner (docs/model.md). Thread-safe.
/// </remarks>
public sealed class AnnealingFreshStrategy : IReplacementStrategy
{
    /// <summary>The share of the budget for annealing from the current placement.</summary>
    public const double AnnealShare = 0.2;

    /// <summary>The share of the budget for the fresh multilevel placement.</summary>
    public const double FreshShare = 0.5;

    /// <summary>The share of the budget for polishing the better of the annealed and the fresh candidates.</summary>
    public const double PolishShare = 0.2;

    private readonly AnnealerOptions options;

    /// <summary>Creates the strategy.</summary>
    /// <param name="options">The annealer's settings (annealing, placer and polish alike).</param>
    public AnnealingFreshStrategy(AnnealerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Validate();
    }

    /// <inheritdoc/>
    public ReplacementCandidate Search(ReplacementRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (model, load, current, objective, budget, random) = request;
        var replacer = new SimulatedAnnealingReplacer(model.Shape, model.Testbed, model.Migration, options);
        var placer = new InitialPlacer(model.Shape, model.Testbed, new InitialPlacerOptions { Annealer = options });
        var annealed = replacer.Replace(load, current, objective, budget.Part(AnnealShare), random);
        var fresh = placer.Place(load, random, budget.Part(FreshShare));
        var relabelled = VmRelabelling.Onto(fresh.Placement, current, load, model.Shape);
        var moves = annealed.MovesEvaluated + fresh.MovesEvaluated;
        var cleaned = CleanupPass.Run(model, load, current, relabelled, objective, budget.Part(1 - AnnealShare - FreshShare - PolishShare));
        moves += cleaned.MovesEvaluated;
        var freshResult = ReplacementResult.Evaluate(model, load, current, cleaned.Placement, objective, moves);
        var best = freshResult.Chi < annealed.Chi ? freshResult : annealed;
        var polished = replacer.Replace(load, current, best.Placement, objective, budget.Part(PolishShare), random);
        moves += polished.MovesEvaluated;
        best = polished.Chi < best.Chi ? polished : best;
        return new ReplacementCandidate(best.Placement, best.Chi, moves);
    }
}
