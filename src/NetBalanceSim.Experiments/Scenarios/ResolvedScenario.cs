namespace NetBalanceSim.Experiments.Scenarios;

/// <summary>A validated scenario with the files it came from and refers to.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="ScenarioPath">The full path of the scenario file.</param>
/// <param name="TopologyPath">The full path of the topology file it names.</param>
public sealed record ResolvedScenario(Scenario Scenario, string ScenarioPath, string TopologyPath);
