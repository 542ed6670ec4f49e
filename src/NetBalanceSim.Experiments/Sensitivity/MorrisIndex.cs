namespace NetBalanceSim.Experiments.Sensitivity;

/// <summary>The Morris measures of one factor over its elementary effects EE.</summary>
/// <param name="Factor">The factor.</param>
/// <param name="MuStar">mu*, the mean of |EE| (Campolongo, Cariboni and Saltelli, 2007): the factor's importance.</param>
/// <param name="Mu">mu, the mean of EE: its sign tells the direction, when the effects agree.</param>
/// <param name="Sigma">sigma, the sample standard deviation of EE: non-linearity or interactions; NaN for one effect.</param>
/// <param name="Effects">How many elementary effects (trajectories) the measures come from.</param>
/// <param name="Rank">1 for the largest mu*.</param>
public sealed record MorrisIndex(string Factor, double MuStar, double Mu, double Sigma, int Effects, int Rank);
