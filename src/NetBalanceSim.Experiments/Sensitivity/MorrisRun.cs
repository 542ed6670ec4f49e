namespace NetBalanceSim.Experiments.Sensitivity;

/// <summary>A trajectory as it ran: its steps and the metric at each of its points.</summary>
/// <param name="Steps">The steps (factor and direction).</param>
/// <param name="Outputs">The metric at each point, one more than there are steps.</param>
public sealed record MorrisRun(IReadOnlyList<MorrisStep> Steps, IReadOnlyList<double> Outputs);
