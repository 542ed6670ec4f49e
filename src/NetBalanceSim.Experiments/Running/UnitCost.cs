using NetBalanceSim.Experiments.Components;
using NetBalanceSim.Experiments.Scenarios;

namespace NetBalanceSim.Experiments.Running;

/// <summary>
/// An estimate of the work of one repetition, in annealer moves, for ordering a work queue heaviest first (so that no
/// core idles at the end behind one long unit). Only the order depends on it, never a result.
/// </summary>
/// <remarks>
/// Counts the initial placement (its finest level's budget over about 1.5 times that for all levels), the
/// coordinator's searches (about two per segment, To x the coordinator's speed each), the oracle's (one per load change,
/// its budget per vnode) and the monitor's reports (one pass over the vnodes and links each).
/// </remarks>
public static class UnitCost
{
    /// <summary>The estimated moves of one repetition of <paramref name="scenario"/> on a topology of that size.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="vnodes">The topology's vertices.</param>
    /// <param name="links">The topology's links.</param>
    /// <returns>A positive estimate.</returns>
    public static double Moves(Scenario scenario, int vnodes, int links)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Workload != ComponentCatalog.DefaultWorkload)
        {
            return OtherWorkload(scenario, vnodes, links);
        }
        var segments = scenario.SinkChanges + 1;
        var placement = PlacementMoves(scenario, vnodes);
        var searches = 2.0 * segments * scenario.ToSeconds * scenario.Run.Coordinator.CoordinatorMovesPerSecond;
        var withOracle = scenario.Oracle || scenario.Strategy == ComponentCatalog.OracleStrategy;
        var oracle = withOracle ? (double)scenario.SinkChanges * scenario.OracleMovesPerVnode * vnodes : 0;
        var reports = segments * scenario.SinkIntervalSeconds / scenario.TpSeconds * (vnodes + (2.0 * links));
        return 1 + placement + searches + oracle + reports;
    }

    /// <summary>The same terms for another workload: a search at most per report, the oracle at every load change.</summary>
    private static double OtherWorkload(Scenario scenario, int vnodes, int links)
    {
        var (lengthSeconds, segments) = ScenarioWorkload.Extent(scenario.Name, scenario, vnodes);
        var reportCount = lengthSeconds / scenario.TpSeconds;
        var placement = PlacementMoves(scenario, vnodes);
        var searches = Math.Min(reportCount, 2.0 * segments) * scenario.ToSeconds * scenario.Run.Coordinator.CoordinatorMovesPerSecond;
        var withOracle = scenario.Oracle || scenario.Strategy == ComponentCatalog.OracleStrategy;
        var oracle = withOracle ? (segments - 1) * scenario.OracleMovesPerVnode * vnodes : 0;
        return 1 + placement + searches + oracle + (reportCount * (vnodes + (2.0 * links)));
    }

    /// <summary>The part of <see cref="Moves"/> spent on the initial placement, which points sharing it (<see cref="InitialPlacementCache"/>) pay once.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="vnodes">The topology's vertices.</param>
    /// <returns>The estimated moves of the placement.</returns>
    public static double PlacementMoves(Scenario scenario, int vnodes)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return 1.5 * scenario.Placer.LevelMoves(vnodes);
    }
}
