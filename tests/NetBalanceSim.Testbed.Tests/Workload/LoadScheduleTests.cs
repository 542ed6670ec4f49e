using NetBalance;

namespace NetBalanceSim.Testbed.Tests.Workload;

public sealed class LoadScheduleTests
{
    private static readonly Load[] ThreeLoads = [.. Enumerable.Range(0, 3).Select(_ => new Load(NetBalance.VnodeGraph.FromEdges(2, [(0, 1)]), [0.0, 0.0], [0.0, 0.0]))];

    [Fact]
    public void Uniform_SegmentsOfOneInterval_EndAfterTheLast()
    {
        var schedule = LoadSchedule.Uniform(ThreeLoads, 120);

        Assert.Equal([0.0, 120, 240], Enumerable.Range(0, 3).Select(schedule.StartSeconds));
        Assert.Equal([120.0, 120, 120], Enumerable.Range(0, 3).Select(schedule.LengthSeconds));
        Assert.Equal(360, schedule.EndSeconds);
    }

    [Theory]
    [InlineData(30.000000000001, 30)] // just after a change: onto it
    [InlineData(29.99999999999, 30)] // just before: onto it
    [InlineData(25, 25)]
    [InlineData(44.99999999999, 45)] // just before the end: onto it
    [InlineData(10.000000000001, 10)]
    public void AtTimes_ReportNearAChange_IsSnappedOntoIt(double at, double expected)
    {
        var schedule = LoadSchedule.AtTimes(ThreeLoads, [0, 10, 30], 45);

        Assert.Equal(expected, schedule.SnapToChange(at));
        Assert.Equal([10.0, 20, 15], Enumerable.Range(0, 3).Select(schedule.LengthSeconds));
    }

    [Theory]
    [InlineData(239.99999999999, 240)]
    [InlineData(240.000001, 240.000001)] // 1e-6 s: beyond 1e-9 x the interval
    public void Uniform_ReportNearAChange_IsSnappedOntoIt(double at, double expected) =>
        Assert.Equal(expected, LoadSchedule.Uniform(ThreeLoads, 120).SnapToChange(at));

    [Fact]
    public void AtTimes_StartsNotIncreasing_Throws() =>
        Assert.Throws<ArgumentException>(() => LoadSchedule.AtTimes(ThreeLoads, [0, 10, 10], 45));
}
