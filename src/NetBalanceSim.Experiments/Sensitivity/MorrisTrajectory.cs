namespace NetBalanceSim.Experiments.Sensitivity;

/// <summary>
/// One Morris trajectory over k factors: k + 1 points of the unit hypercube, each after the first differing from the one
/// before in exactly one factor, by plus or minus delta; every factor changes once.
/// </summary>
/// <param name="Points">The k + 1 points, each k coordinates in [0, 1].</param>
/// <param name="Steps">The k steps: step j leads from point j to point j + 1.</param>
public sealed record MorrisTrajectory(IReadOnlyList<IReadOnlyList<double>> Points, IReadOnlyList<MorrisStep> Steps);
