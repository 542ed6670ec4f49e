using NetBalance;
using NetBalanceSim.Topologies;

namespace NetBalanceSim.Testbed.Tests.Workload;

public sealed class FlowLoadSequenceTests
{
    private const double Tolerance = 1e-15;
    private static readonly Topology Path4 = new(4, [new Link(0, 1), new Link(1, 2), new Link(2, 3)]);

    /// <summary>On the path 0-1-2-3: 0->3 at 10 from 0; 3->1 at 4 from 5; 0->3 ends at 8; the trace ends at 10.</summary>
    private static LoadSchedule HandTrace()
    {
        var changes = new FlowChanges([0, 5, 8], [0, 3, 0], [3, 1, 3], [10, 4, 0], 3, endSeconds: 10);
        return FlowLoadSequence.Create(changes, Path4, SinkLoadFactory.GraphOf(Path4), new TestbedCostOptions());
    }

    [Fact]
    public void Create_HandTrace_GivesSegmentsAtRowTimes()
    {
        var schedule = HandTrace();

        Assert.Equal(3, schedule.Count);
        Assert.Equal([0.0, 5, 8], Enumerable.Range(0, 3).Select(schedule.StartSeconds));
        Assert.Equal([5.0, 3, 2], Enumerable.Range(0, 3).Select(schedule.LengthSeconds));
        Assert.Equal(10, schedule.EndSeconds);
    }

    [Fact]
    public void Loads_HandTrace_GiveHandWorkedRatesAndCpu()
    {
        var loads = HandTrace().Loads;

        // Segment 0: 0->1, 1->2, 2->3 carry 10; in = (0, 10, 10, 10), out = (10, 10, 10, 0);
        // cpu = 0.001 + 0.1 * (in + out) / 1000 = (0.002, 0.003, 0.003, 0.002).
        Assert.Equal(10, loads[0].RateMbps(1, 2));
        Assert.Equal(0, loads[0].RateMbps(2, 1));
        Assert.Equal([0.002, 0.003, 0.003, 0.002], loads[0].CpuSecondsPerSecond.ToArray(), (a, b) => Math.Abs(a - b) < Tolerance);
        // Segment 1: also 3->2 and 2->1 at 4: in = (0, 14, 14, 10), out = (10, 10, 14, 4).
        Assert.Equal(4, loads[1].RateMbps(2, 1));
        Assert.Equal(0, loads[1].RateMbps(1, 0));
        Assert.Equal([0.002, 0.0034, 0.0038, 0.0024], loads[1].CpuSecondsPerSecond.ToArray(), (a, b) => Math.Abs(a - b) < Tolerance);
        // Segment 2: 0->3 ended: its links carry exactly 0 again.
        Assert.Equal(0, loads[2].RateMbps(0, 1));
        Assert.Equal(0, loads[2].RateMbps(1, 2));
        Assert.Equal(4, loads[2].RateMbps(3, 2));
    }

    [Fact]
    public void Loads_ReadBackwards_EqualLoadsReadForwards()
    {
        var forwards = HandTrace().Loads.Select(l => l.HalfEdgeRatesMbps.ToArray()).ToArray();
        var backwards = HandTrace().Loads;

        Assert.Equal(forwards[2], backwards[2].HalfEdgeRatesMbps.ToArray());
        Assert.Equal(forwards[0], backwards[0].HalfEdgeRatesMbps.ToArray());
        Assert.Equal(forwards[1], backwards[1].HalfEdgeRatesMbps.ToArray());
    }

    [Fact]
    public void Create_FirstRowLater_StartsWithAnIdleSegment()
    {
        var changes = new FlowChanges([3], [0], [1], [10], 1, endSeconds: 4);

        var schedule = FlowLoadSequence.Create(changes, Path4, SinkLoadFactory.GraphOf(Path4), new TestbedCostOptions());

        Assert.Equal([0.0, 3], Enumerable.Range(0, 2).Select(schedule.StartSeconds));
        Assert.All(schedule.Loads[0].HalfEdgeRatesMbps.ToArray(), r => Assert.Equal(0, r));
        Assert.Equal(10, schedule.Loads[1].RateMbps(0, 1));
    }

    [Fact]
    public void Flow_OnASquare_RunsOnTheDestinationsTreeThroughTheSmallerId()
    {
        // Square 0-1, 0-2, 1-3, 2-3: from 3 to 0 both 1 and 2 are one hop closer; the tree takes the smaller id, 1.
        var square = new Topology(4, [new Link(0, 1), new Link(0, 2), new Link(1, 3), new Link(2, 3)]);
        var changes = new FlowChanges([0], [3], [0], [7], 1, endSeconds: 1);

        var load = FlowLoadSequence.Create(changes, square, SinkLoadFactory.GraphOf(square), new TestbedCostOptions()).Loads[0];

        Assert.Equal(7, load.RateMbps(3, 1));
        Assert.Equal(7, load.RateMbps(1, 0));
        Assert.Equal(0, load.RateMbps(3, 2));
    }

    [Fact]
    public void Create_VnodeOutsideTheTopology_Throws()
    {
        var changes = new FlowChanges([0], [0], [9], [1], 1, endSeconds: 1);

        Assert.Throws<ArgumentException>(() => FlowLoadSequence.Create(changes, Path4, SinkLoadFactory.GraphOf(Path4), new TestbedCostOptions()));
    }
}
