using System.Globalization;
using NetBalance;
using NetBalanceSim.Topologies.Formats;

namespace NetBalanceSim.Experiments.Scenarios;

/// <summary>Reads a scenario's topology file as its keys say, and words what can go wrong with it.</summary>
public static class ScenarioTopology
{
    /// <summary>Reads the topology of <paramref name="resolved"/> with its <c>topologyLenient</c> and <c>topologyLargestComponent</c>.</summary>
    /// <param name="resolved">The scenario.</param>
    /// <returns>The topology and the warnings raised while reading it.</returns>
    /// <exception cref="ScenarioException">The file cannot be read; the message names the key <c>topology</c>, the file and, where one helps, the key that would read it.</exception>
    public static TopologyReadResult Read(ResolvedScenario resolved)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        try
        {
            return TopologyFile.Read(resolved.TopologyPath, resolved.Scenario.TopologyReadOptions);
        }
        catch (TopologyFormatException ex)
        {
            throw ScenarioException.ForKey(resolved.ScenarioPath, "topology", ex.Message + Hint(ex));
        }
    }

    /// <summary>The hint to append to a topology error that a scenario key would avoid, or an empty string.</summary>
    /// <param name="error">The error.</param>
    /// <returns>Text starting with a space, or empty.</returns>
    public static string Hint(TopologyFormatException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error switch
        {
            { IsDroppableLink: true } => " (set topologyLenient true or use --lenient to drop such links with a warning)",
            { IsDisconnected: true } => " (set topologyLargestComponent true or use --largest-component to keep the largest connected component)",
            _ => "",
        };
    }

    /// <summary>
    /// The warning for a topology with fewer vnodes than the testbed has VMs, or null: some VMs then stay empty and
    /// tau reaches 1 whatever the placement does.
    /// </summary>
    /// <param name="name">The topology as the user named it.</param>
    /// <param name="vnodes">Its vnodes.</param>
    /// <param name="shape">The testbed.</param>
    /// <returns>One line, or null.</returns>
    public static string? FewerVnodesThanVms(string name, int vnodes, TestbedShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        return vnodes >= shape.VmCount
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"warning: topology {name} has {vnodes} vnodes for {shape.VmCount} VMs: some VMs stay empty and tau reaches 1 trivially");
    }
}
