using NetBalanceSim.Topologies.Statistics;

namespace NetBalanceSim.Topologies.Tests.Statistics;

public class TopologyStatisticsCalculatorTests
{
    [Fact]
    public void Compute_TriangleWithPendant_GivesHandComputedFigures()
    {
        // Triangle 0-1-2 and pendant 3 on 0. Clustering: v0 1/3, v1 1, v2 1, v3 0 -> 7/12.
        // Distances: 0-1 1, 0-2 1, 0-3 1, 1-2 1, 1-3 2, 2-3 2 -> 8 / 6 unordered pairs.
        var stats = TopologyStatisticsCalculator.Compute(TestGraphs.FromPairs(4, (0, 1), (1, 2), (2, 0), (0, 3)));
        Assert.Equal(7.0 / 12, stats.AverageClustering, 12);
        Assert.Equal(new TopologyStatistics(4, 4, 1, 1, 2.0, 3, stats.AverageClustering, 8.0 / 6, 2), stats);
    }

    [Fact]
    public void Compute_PathOfFour_HasDiameterThreeAndMeanFiveThirds()
    {
        var stats = TopologyStatisticsCalculator.Compute(TestGraphs.Path(4));
        Assert.Equal(3, stats.Diameter);
        Assert.Equal(10.0 / 6, stats.MeanShortestPath, 12);
        Assert.Equal(0.0, stats.AverageClustering);
        Assert.Equal((1, 2), (stats.DegreeMin, stats.DegreeMax));
    }

    [Fact]
    public void Compute_TwoComponents_CountsThemAndAveragesReachablePairsOnly()
    {
        var stats = TopologyStatisticsCalculator.Compute(TestGraphs.FromPairs(5, (0, 1), (2, 3), (3, 4)));
        Assert.Equal(2, stats.Components);
        // Reachable pairs: 0-1 (1), 2-3 (1), 3-4 (1), 2-4 (2) -> 5 / 4.
        Assert.Equal(5.0 / 4, stats.MeanShortestPath, 12);
        Assert.Equal(2, stats.Diameter);
    }

    [Fact]
    public void Compute_AboveTheExactLimit_SamplesSourcesAndBoundsTheDiameterFromBelow()
    {
        // A path of 200 vertices: mean 201 / 3 = 67, diameter 199. With 20 sampled sources the estimate's interval
        // holds the true mean, and the double sweep from the farthest vertex found reaches an end, so the bound is exact.
        var path = TestGraphs.Path(200);
        var exact = TopologyStatisticsCalculator.Compute(path);
        var sampled = TopologyStatisticsCalculator.Compute(path, exactPathNodeLimit: 100, sampledSources: 20, seed: 3);

        Assert.True(exact.PathsExact);
        Assert.Equal(201.0 / 3, exact.MeanShortestPath, 9);
        Assert.False(sampled.PathsExact);
        Assert.Equal(20, sampled.PathSampleSources);
        Assert.InRange(sampled.MeanShortestPathHalfWidth95, 1, 30);
        Assert.InRange(201.0 / 3, sampled.MeanShortestPath - sampled.MeanShortestPathHalfWidth95, sampled.MeanShortestPath + sampled.MeanShortestPathHalfWidth95);
        Assert.Equal(199, sampled.Diameter);
        Assert.Equal(sampled, TopologyStatisticsCalculator.Compute(path, exactPathNodeLimit: 100, sampledSources: 20, seed: 3));
        Assert.NotEqual(sampled.MeanShortestPath, TopologyStatisticsCalculator.Compute(path, exactPathNodeLimit: 100, sampledSources: 20, seed: 4).MeanShortestPath);
    }

    [Fact]
    public void Compute_SampleAsLargeAsTheGraph_IsExact()
    {
        var stats = TopologyStatisticsCalculator.Compute(TestGraphs.Path(50), exactPathNodeLimit: 10, sampledSources: 50, seed: 1);

        Assert.True(stats.PathsExact);
        Assert.Equal(51.0 / 3, stats.MeanShortestPath, 9);
    }

    [Fact]
    public void ComponentLabels_NumbersComponentsBySmallestVertex()
    {
        var labels = TopologyStatisticsCalculator.ComponentLabels(TestGraphs.FromPairs(5, (0, 3), (1, 4), (2, 4)));
        Assert.Equal([0, 1, 1, 0, 1], labels);
    }
}
