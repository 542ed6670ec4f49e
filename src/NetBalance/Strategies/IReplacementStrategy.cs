namespace NetBalance;

/// <summary>A re-placement search: given the predicted load and the placement in effect, proposes a candidate phi'.</summary>
/// <remarks>
/// DESIGN §5 "Re-placement strategies". A strategy only searches; <see cref="ReplacementSearch"/> applies what every
/// strategy shares (the cleanup pass and the rule that the result is never worse than the start). A strategy draws
/// only from the request's random source and stops within its budget, so with a <see cref="MoveCountBudget"/> it is
/// deterministic. Implementations are stateless between calls and thread-safe.
/// </remarks>
public interface IReplacementStrategy
{
    /// <summary>Searches for a candidate placement.</summary>
    /// <param name="request">The load, the placement in effect, the objective, the budget and the random source.</param>
    /// <returns>The candidate (the current placement when the strategy finds or wants nothing better) and the moves it used.</returns>
    ReplacementCandidate Search(ReplacementRequest request);
}
