namespace NetBalanceSim.Experiments.Shards;

/// <summary>A unit of a sweep with its estimated work, for splitting the sweep into shards.</summary>
/// <param name="Point">The point's index in the plan.</param>
/// <param name="Repetition">The repetition.</param>
/// <param name="CostMoves">The unit's estimated work in annealer moves (<see cref="Running.UnitCost.Moves"/>), its initial placement included.</param>
/// <param name="PlacementGroup">
/// Units with the same group share one initial placement (same topology, testbed, rate, placer and repetition; see
/// <see cref="Running.InitialPlacementCache"/>): a shard computes it once for all of them.
/// </param>
/// <param name="PlacementMoves">The part of <paramref name="CostMoves"/> spent on that placement.</param>
public readonly record struct ShardUnit(int Point, int Repetition, double CostMoves, int PlacementGroup, double PlacementMoves);
