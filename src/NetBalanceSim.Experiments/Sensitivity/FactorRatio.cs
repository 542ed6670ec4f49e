namespace NetBalanceSim.Experiments.Sensitivity;

/// <summary>
/// How the Morris design samples a factor that must not fall below another: as the ratio of the two, so that every
/// point of a trajectory keeps the order (docs/model.md, "Sensitivity analysis").
/// </summary>
/// <param name="Of">The factor the ratio is taken to (e.g. <c>sigmaInterVm</c>).</param>
/// <param name="Low">The lowest ratio (at least 1 keeps the order).</param>
/// <param name="High">The highest ratio.</param>
public sealed record FactorRatio(string Of, double Low, double High);
