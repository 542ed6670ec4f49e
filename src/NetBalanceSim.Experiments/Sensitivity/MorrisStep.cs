namespace NetBalanceSim.Experiments.Sensitivity;

/// <summary>One step of a Morris trajectory: factor <paramref name="Factor"/> moves by <paramref name="Direction"/> times delta.</summary>
/// <param name="Factor">The index of the factor that changes.</param>
/// <param name="Direction">+1 (up) or -1 (down).</param>
public readonly record struct MorrisStep(int Factor, int Direction);
