namespace NetBalance;

/// <summary>The paper's re-placement: simulated annealing from the current placement, minimising chi within the budget.</summary>
/// <remarks>DESIGN §3 "NETbalance control loop" and §5 <c>annealing</c>. Thread-safe.</remarks>
public sealed class AnnealingStrategy : IReplacementStrategy
{
    private readonly AnnealerOptions options;

    /// <summary>Creates the strategy.</summary>
    /// <param name="options">The annealer's settings.</param>
    public AnnealingStrategy(AnnealerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Validate();
    }

    /// <inheritdoc/>
    public ReplacementCandidate Search(ReplacementRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var model = request.Model;
        var replacer = new SimulatedAnnealingReplacer(model.Shape, model.Testbed, model.Migration, options);
        var result = replacer.Replace(request.Load, request.Current, request.Objective, request.Budget, request.Random, request.Curve);
        return new ReplacementCandidate(result.Placement, result.Chi, result.MovesEvaluated);
    }
}
