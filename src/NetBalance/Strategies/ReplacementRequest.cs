namespace NetBalance;

/// <summary>What a strategy searches with.</summary>
/// <param name="Model">The testbed and the cost constants the search is judged by.</param>
/// <param name="Load">The predicted load.</param>
/// <param name="Current">The placement in effect, phi; chi and Tr are counted from it.</param>
/// <param name="Objective">Tp, To, the window and the chi variant.</param>
/// <param name="Budget">The search budget (the strategy's share of To).</param>
/// <param name="Random">The only random source the strategy may draw from.</param>
public sealed record ReplacementRequest(PlacementModel Model, Load Load, Placement Current, ChiObjective Objective, ISearchBudget Budget, IRandomSource Random)
{
    /// <summary>Gets where the strategy records its anytime curve (for a learned To), or null; a strategy may ignore it.</summary>
    public AnytimeCurve? Curve { get; init; }
}
