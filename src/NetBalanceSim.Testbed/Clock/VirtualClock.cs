using NetBalanceSim.Kernel;

namespace NetBalanceSim.Testbed;

/// <summary>
/// The virtual clock the software under test sees: it advances at <c>1 / tau</c> virtual seconds per real
/// (kernel) second and stands still while the experiment is suspended. Events defined in virtual time are
/// converted to real time and re-scheduled whenever tau changes.
/// </summary>
/// <remarks>
/// DESIGN §3 "Time": <c>dv/dt = 1 / tau(t)</c>; during a migration tau is infinite. Real times are computed
/// from the anchor of the last change of tau and scheduled as absolute times, so waking up at a deadline
/// changes nothing (two runs with the same changes of tau reach the same deadlines at bit-identical real
/// times), and at a deadline the clock reads exactly the deadline's virtual time.
/// </remarks>
public sealed class VirtualClock
{
    private readonly Simulation _simulation;
    private readonly List<VirtualWait> _waits = [];
    private double _anchorRealSeconds;
    private double _anchorVirtualSeconds;
    private double _tau;
    private double _deadlineRealSeconds = double.NaN;
    private double _deadlineVirtualSeconds;
    private long _nextWaitSequence;
    private long _wakeGeneration;

    /// <summary>Creates a clock at virtual time 0, now, running at <paramref name="tau"/>.</summary>
    /// <param name="simulation">The simulation whose clock is real time.</param>
    /// <param name="tau">The initial time dilation factor: real seconds per virtual second.</param>
    public VirtualClock(Simulation simulation, double tau)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        _simulation = simulation;
        _anchorRealSeconds = simulation.Now;
        _tau = RequireTau(tau);
    }

    /// <summary>The time dilation factor (real seconds per virtual second); infinite while suspended.</summary>
    public double Tau => _tau;

    /// <summary>True while the experiment is suspended (virtual time stands still).</summary>
    public bool IsSuspended => double.IsPositiveInfinity(_tau);

    /// <summary>The current virtual time in seconds; exactly the deadline when one has just been reached.</summary>
    public double VirtualNowSeconds =>
        IsSuspended ? _anchorVirtualSeconds
        : _simulation.Now == _deadlineRealSeconds ? _deadlineVirtualSeconds
        : _anchorVirtualSeconds + ((_simulation.Now - _anchorRealSeconds) / _tau);

    /// <summary>Changes tau from now on; pending virtual events are re-scheduled in real time.</summary>
    /// <param name="tau">The new time dilation factor; positive and finite.</param>
    /// <exception cref="InvalidOperationException">The experiment is suspended (use <see cref="Resume"/>).</exception>
    public void SetTau(double tau)
    {
        RequireTau(tau);
        if (IsSuspended)
        {
            throw new InvalidOperationException("The experiment is suspended: resume it with a tau instead of setting one.");
        }
        Reanchor(_simulation.Now, VirtualNowSeconds, tau);
    }

    /// <summary>Stops virtual time (tau infinite) until <see cref="Resume"/>.</summary>
    /// <exception cref="InvalidOperationException">The experiment is already suspended.</exception>
    public void Suspend()
    {
        if (IsSuspended)
        {
            throw new InvalidOperationException("The experiment is already suspended.");
        }
        Reanchor(_simulation.Now, VirtualNowSeconds, double.PositiveInfinity);
    }

    /// <summary>Restarts virtual time at <paramref name="tau"/>.</summary>
    /// <param name="tau">The time dilation factor to run at; positive and finite.</param>
    /// <exception cref="InvalidOperationException">The experiment is not suspended.</exception>
    public void Resume(double tau)
    {
        RequireTau(tau);
        if (!IsSuspended)
        {
            throw new InvalidOperationException("The experiment is not suspended.");
        }
        Reanchor(_simulation.Now, _anchorVirtualSeconds, tau);
    }

    /// <summary>An event that succeeds when virtual time reaches <paramref name="virtualSeconds"/>.</summary>
    /// <param name="virtualSeconds">The virtual time; not before <see cref="VirtualNowSeconds"/>.</param>
    /// <param name="priority">Order among events at the same virtual time (lower first, then by request order).</param>
    /// <returns>The event; it succeeds at the current time if <paramref name="virtualSeconds"/> is now.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The time is in the virtual past or not finite.</exception>
    public Event At(double virtualSeconds, int priority = EventPriority.Normal)
    {
        var now = VirtualNowSeconds;
        if (!double.IsFinite(virtualSeconds) || virtualSeconds < now)
        {
            throw new ArgumentOutOfRangeException(nameof(virtualSeconds), virtualSeconds, $"A virtual deadline must be finite and not before the virtual now ({now} s).");
        }
        var wait = new VirtualWait(virtualSeconds, priority, _nextWaitSequence++, _simulation.Event());
        var index = _waits.BinarySearch(wait);
        _waits.Insert(~index, wait);
        if (index == ~0)
        {
            ScheduleWake();
        }
        return wait.Event;
    }

    /// <summary>The real time at which virtual time reaches <paramref name="virtualSeconds"/> if tau stays as it is.</summary>
    /// <param name="virtualSeconds">A virtual time not before now.</param>
    /// <returns>The real time in seconds, or infinity while suspended.</returns>
    public double ProjectRealSeconds(double virtualSeconds) =>
        IsSuspended ? double.PositiveInfinity : _anchorRealSeconds + ((virtualSeconds - _anchorVirtualSeconds) * _tau);

    private void Reanchor(double realSeconds, double virtualSeconds, double tau)
    {
        _anchorRealSeconds = realSeconds;
        _anchorVirtualSeconds = virtualSeconds;
        _tau = tau;
        ScheduleWake();
    }

    /// <summary>Schedules one real-time wake-up for the earliest virtual deadline; older wake-ups become void.</summary>
    private void ScheduleWake()
    {
        var generation = ++_wakeGeneration;
        if (_waits.Count == 0 || IsSuspended)
        {
            return;
        }
        var at = Math.Max(_simulation.Now, ProjectRealSeconds(_waits[0].VirtualSeconds));
        _simulation.TimeoutAt(at).AddCallback(_ => OnWake(generation));
    }

    private void OnWake(long generation)
    {
        if (generation != _wakeGeneration)
        {
            return;
        }
        var due = _waits[0];
        _waits.RemoveAt(0);
        _deadlineRealSeconds = _simulation.Now;
        _deadlineVirtualSeconds = due.VirtualSeconds;
        ScheduleWake();
        due.Event.Succeed();
    }

    private static double RequireTau(double tau) =>
        double.IsFinite(tau) && tau > 0
            ? tau
            : throw new ArgumentOutOfRangeException(nameof(tau), tau, "tau must be a positive, finite number of real seconds per virtual second.");

    private readonly record struct VirtualWait(double VirtualSeconds, int Priority, long Sequence, Event Event)
        : IComparable<VirtualWait>
    {
        public int CompareTo(VirtualWait other)
        {
            var byTime = VirtualSeconds.CompareTo(other.VirtualSeconds);
            if (byTime != 0)
            {
                return byTime;
            }
            var byPriority = Priority.CompareTo(other.Priority);
            return byPriority != 0 ? byPriority : Sequence.CompareTo(other.Sequence);
        }
    }
}
