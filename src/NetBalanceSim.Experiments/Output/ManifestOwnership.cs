namespace NetBalanceSim.Experiments.Output;

/// <summary>What a results folder's manifest says about the folder.</summary>
/// <param name="Files">The files the run that wrote it published (the manifest included).</param>
/// <param name="Reference">Whether they are reference results.</param>
/// <param name="PlanId">The plan that made them, or null for a manifest without one.</param>
public sealed record ManifestOwnership(IReadOnlyList<string> Files, bool Reference, string? PlanId);
