using NetBalanceSim.Experiments.Scenarios;

namespace NetBalanceSim.Experiments.Sweeps;

/// <summary>One point of a sweep: the values of the swept keys and the scenario they make.</summary>
/// <param name="Index">The point's position in the plan (the Cartesian product, first axis slowest).</param>
/// <param name="Values">The swept values, formatted as in the CSV files, one per axis.</param>
/// <param name="Resolved">The scenario of this point, with its topology file.</param>
public sealed record SweepPoint(int Index, IReadOnlyList<string> Values, ResolvedScenario Resolved);
