using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Shards;
using NetBalanceSim.Experiments.Sweeps;
using NetBalanceSim.Tests;

namespace NetBalanceSim.Experiments.Tests.Shards;

/// <summary>The split of a sweep's units into shards: deterministic, a partition of the units, balanced by estimated work.</summary>
public sealed class ShardAssignmentTests
{
    /// <summary>The longest shard may carry at most this much more estimated work than the mean.</summary>
    private const double MaxAboveMean = 0.25;

    private const int Seed = 42;

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    public void Split_IsAPartitionOfTheUnits_EachShardInPointAndRepetitionOrder(int count)
    {
        var units = RandomCosts(points: 9, repetitions: 5);

        var shards = ShardAssignment.Split(units, count);

        Assert.Equal(count, shards.Count);
        var all = shards.SelectMany(s => s).ToList();
        Assert.Equal(units.Count, all.Count);
        Assert.Equal(units.Select(u => (u.Point, u.Repetition)).Order(), all.Order());
        foreach (var shard in shards)
        {
            Assert.Equal(shard.OrderBy(u => u.Point).ThenBy(u => u.Repetition), shard);
        }
    }

    [Fact]
    public void Split_IsDeterministic_WhateverTheOrderTheUnitsAreGivenIn()
    {
        var units = RandomCosts(points: 12, repetitions: 4);
        var shuffled = units.OrderBy(u => (u.Point * 7919) % 13).ThenByDescending(u => u.Repetition).ToList();

        var first = ShardAssignment.Split(units, 5);
        var again = ShardAssignment.Split(units, 5);
        var fromShuffled = ShardAssignment.Split(shuffled, 5);

        Assert.Equal(first, again);
        Assert.Equal(first, fromShuffled);
    }

    [Fact]
    public void Split_EqualCosts_GoRoundRobinInPointOrder()
    {
        var units = Enumerable.Range(0, 6).Select(p => new ShardUnit(p, 0, 1.0, p, 0)).ToList();

        var shards = ShardAssignment.Split(units, 3);

        Assert.Equal([(0, 0), (3, 0)], shards[0]);
        Assert.Equal([(1, 0), (4, 0)], shards[1]);
        Assert.Equal([(2, 0), (5, 0)], shards[2]);
    }

    [Fact]
    public void Split_KeepsUnitsSharingAPlacementTogether_WhenThatCostsNoBalance()
    {
        // Two groups of three equal units; placing costs half of each unit's work. Splitting a group would pay its
        // placement twice, so each shard gets one whole group.
        var units = Enumerable.Range(0, 6).Select(p => new ShardUnit(p, 0, 2.0, p % 2, 1.0)).ToList();

        var shards = ShardAssignment.Split(units, 2);

        Assert.Equal([(0, 0), (2, 0), (4, 0)], shards[0]);
        Assert.Equal([(1, 0), (3, 0), (5, 0)], shards[1]);
        Assert.Equal(4.0, ShardAssignment.Work(units, shards[0]));
    }

    [Fact]
    public void Split_MoreShardsThanUnits_LeavesTheRestEmpty()
    {
        var shards = ShardAssignment.Split([new ShardUnit(0, 0, 5.0, 0, 1), new ShardUnit(0, 1, 5.0, 1, 1)], 4);

        Assert.Equal([1, 1, 0, 0], shards.Select(s => s.Count));
    }

    [Theory]
    [InlineData("fig7.json", 4)]
    [InlineData("fig7.json", 16)]
    [InlineData("fig10.json", 4)]
    [InlineData("strategies.json", 8)]
    public void Split_OfAShippedFigure_KeepsTheLongestShardWithin25PercentOfTheMean(string scenario, int count)
    {
        var plan = SweepPlan.Of(ScenarioFile.Load(Path.Combine(RepositoryRoot.Path, "scenarios", scenario), []));
        var costs = ShardAssignment.Costs(plan, SweepRunner.LoadTopologies([plan]));

        var work = ShardAssignment.Split(costs, count).Select(s => ShardAssignment.Work(costs, s)).ToList();

        Assert.InRange(work.Max() / work.Average(), 1, 1 + MaxAboveMean);
    }

    [Fact]
    public void Costs_GroupThePointsThatShareAnInitialPlacement()
    {
        // Fig. 7 sweeps Tp (7 values) over 4 topologies: the points of one topology share their placements.
        var plan = SweepPlan.Of(ScenarioFile.Load(Path.Combine(RepositoryRoot.Path, "scenarios", "fig7.json"), ["repetitions=3"]));

        var costs = ShardAssignment.Costs(plan, SweepRunner.LoadTopologies([plan]));

        Assert.Equal(4 * 3, costs.Select(u => u.PlacementGroup).Distinct().Count());
        Assert.All(costs.GroupBy(u => u.PlacementGroup), group => Assert.Equal(7, group.Count()));
        Assert.All(costs, u => Assert.InRange(u.PlacementMoves, 1, u.CostMoves));
    }

    [Fact]
    public void Split_OfSkewedCosts_IsWithin25PercentOfTheMean()
    {
        // Units from 1 to about 100 times the lightest (a sweep over Tp and topologies spans about that).
        var random = new Random(Seed);
        var units = Enumerable.Range(0, 40).SelectMany(p =>
        {
            var cost = Math.Pow(100, random.NextDouble());
            return Enumerable.Range(0, 3).Select(r => new ShardUnit(p, r, cost, p, 0));
        }).ToList();

        var work = ShardAssignment.Split(units, 6).Select(s => ShardAssignment.Work(units, s)).ToList();

        Assert.InRange(work.Max() / work.Average(), 1, 1 + MaxAboveMean);
    }

    private static List<ShardUnit> RandomCosts(int points, int repetitions)
    {
        var random = new Random(Seed);
        return [.. Enumerable.Range(0, points).SelectMany(p =>
        {
            var cost = 1 + (random.Next(10) * 1e6);
            return Enumerable.Range(0, repetitions).Select(r => new ShardUnit(p, r, cost, (p % 3 * repetitions) + r, cost / 4));
        })];
    }
}
