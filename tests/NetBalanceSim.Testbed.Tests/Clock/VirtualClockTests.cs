using NetBalanceSim.Kernel;
using NetBalanceSim.Testbed;

namespace NetBalanceSim.Testbed.Tests.Clock;

public sealed class VirtualClockTests
{
    [Fact]
    public void At_ConstantTau_FiresAtVirtualTimesTau()
    {
        // tau = 2.5 real s per virtual s: virtual 100 s is real 250 s.
        var simulation = new Simulation();
        var clock = new VirtualClock(simulation, tau: 2.5);
        double? firedAt = null;
        clock.At(100).AddCallback(_ => firedAt = simulation.Now);

        simulation.Run();

        Assert.Equal(250, firedAt);
        Assert.Equal(100, clock.VirtualNowSeconds);
    }

    [Fact]
    public void At_TauChangesHalfway_LandsAtTheSumOfSegments()
    {
        // tau = 1 for real [0, 10) gives virtual 10; then tau = 4: the remaining 10 virtual s take 40 real s.
        var simulation = new Simulation();
        var clock = new VirtualClock(simulation, tau: 1);
        double? firedAt = null;
        clock.At(20).AddCallback(_ => firedAt = simulation.Now);
        simulation.Timeout(10).AddCallback(_ => clock.SetTau(4));

        simulation.Run();

        Assert.Equal(50, firedAt);
    }

    [Fact]
    public void At_Suspension_AddsExactlyItsDuration()
    {
        // tau = 2: virtual 50 s at real 100 s; suspended for 0.8 s; the other 50 virtual s take 100 real s.
        const double Tr = 0.8;
        var simulation = new Simulation();
        var clock = new VirtualClock(simulation, tau: 2);
        double? firedAt = null;
        double? virtualDuringSuspension = null;
        clock.At(100).AddCallback(_ => firedAt = simulation.Now);
        simulation.Timeout(100).AddCallback(_ => clock.Suspend());
        simulation.Timeout(100 + (Tr / 2)).AddCallback(_ => virtualDuringSuspension = clock.VirtualNowSeconds);
        simulation.Timeout(100 + Tr).AddCallback(_ => clock.Resume(2));

        simulation.Run();

        Assert.Equal(50, virtualDuringSuspension);
        Assert.Equal(200 + Tr, firedAt);
    }

    [Fact]
    public void At_SeveralDeadlines_FireInVirtualOrderThenPriorityThenRequestOrder()
    {
        var simulation = new Simulation();
        var clock = new VirtualClock(simulation, tau: 3);
        var order = new List<string>();
        clock.At(10).AddCallback(_ => order.Add("10 normal first"));
        clock.At(5).AddCallback(_ => order.Add("5"));
        clock.At(10, EventPriority.Urgent).AddCallback(_ => order.Add("10 urgent"));
        clock.At(10).AddCallback(_ => order.Add("10 normal second"));

        simulation.Run();

        Assert.Equal(["5", "10 urgent", "10 normal first", "10 normal second"], order);
        Assert.Equal(30, simulation.Now);
    }

    [Fact]
    public void At_ManyTauChanges_KeepsVirtualDeadlinesExact()
    {
        // Awkward taus make the real times inexact; the virtual time seen at each deadline must still be exact.
        var simulation = new Simulation();
        var clock = new VirtualClock(simulation, tau: 1.0 / 3.0);
        var seen = new List<double>();
        IEnumerable<Event> Ticker()
        {
            for (var k = 1; k <= 50; k++)
            {
                yield return clock.At(k * 0.1);
                seen.Add(clock.VirtualNowSeconds);
                clock.SetTau(1.0 + (k % 7 / 3.0));
            }
        }
        simulation.Process(Ticker());

        simulation.Run();

        Assert.Equal(Enumerable.Range(1, 50).Select(k => k * 0.1), seen);
    }

    [Fact]
    public void At_VirtualPast_IsRejected()
    {
        var simulation = new Simulation();
        var clock = new VirtualClock(simulation, tau: 1);
        simulation.Run(5);

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.At(4));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void SetTau_NotPositiveFinite_IsRejected(double tau)
    {
        var clock = new VirtualClock(new Simulation(), tau: 1);

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.SetTau(tau));
    }

    [Fact]
    public void SuspendResume_OutOfOrder_IsRejected()
    {
        var clock = new VirtualClock(new Simulation(), tau: 1);

        Assert.Throws<InvalidOperationException>(() => clock.Resume(1));
        clock.Suspend();
        Assert.Throws<InvalidOperationException>(clock.Suspend);
        Assert.Throws<InvalidOperationException>(() => clock.SetTau(2));
    }
}
