namespace NetBalanceSim.Experiments.Scenarios;

/// <summary>A validated scenario with the files it came from and refers to.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="ScenarioPath">The full path of the scenario file.</param>
/// <param name="TopologyPath">The full path of the topology file it names.</param>
public sealed record ResolvedScenario(Scenario Scenario, string ScenarioPath, string TopologyPath)
{
    /// <summary>
    /// The topology file and how it is read (<c>topologyLenient</c>, <c>topologyLargestComponent</c>): the key under
    /// which a read topology is shared, since one file read two ways gives two topologies.
    /// </summary>
    public string TopologyKey =>
        TopologyPath + (Scenario.TopologyLenient ? "\n[lenient]" : "") + (Scenario.TopologyLargestComponent ? "\n[largest component]" : "");
}
