using NetBalance;
using NetBalanceSim.Kernel;

namespace NetBalanceSim.Testbed;

/// <summary>
/// The testbed's tau controller: keeps tau at <c>tau(phi)</c> of the current load and placement, suspends the
/// experiment for migrations, and records every change of tau.
/// </summary>
/// <remarks>
/// DESIGN §3 "NETbalance control loop", "Tau controller". With a lag, a new tau takes effect that many real
/// seconds after the change that caused it (a later change supersedes a pending one); resuming after a
/// migration applies the new placement's tau at once, since the coordinator knows it.
/// </remarks>
public sealed class TauController
{
    private readonly Simulation _simulation;
    private readonly VirtualClock _clock;
    private readonly TestbedCostModel _costModel;
    private readonly double _lagSeconds;
    private readonly List<TauTracePoint> _trace = [];
    private long _pendingGeneration;
    private readonly DeploymentPayoff _payoff;

    /// <summary>Creates the controller and the virtual clock it drives, running at tau of the initial state.</summary>
    /// <param name="simulation">The simulation (real time).</param>
    /// <param name="costModel">The testbed cost model that gives tau.</param>
    /// <param name="placement">The initial placement.</param>
    /// <param name="load">The initial load.</param>
    /// <param name="lagSeconds">The controller lag in real seconds (0: none).</param>
    public TauController(Simulation simulation, TestbedCostModel costModel, Placement placement, Load load, double lagSeconds)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(costModel);
        ArgumentOutOfRangeException.ThrowIfNegative(lagSeconds);
        _simulation = simulation;
        _costModel = costModel;
        _lagSeconds = lagSeconds;
        Placement = placement;
        Load = load;
        _clock = new VirtualClock(simulation, costModel.Tau(load, placement));
        _payoff = new DeploymentPayoff(costModel);
        Record("start");
    }

    /// <summary>The virtual clock this controller drives.</summary>
    public VirtualClock Clock => _clock;

    /// <summary>The placement in effect on the testbed.</summary>
    public Placement Placement { get; private set; }

    /// <summary>The load the software under test currently generates.</summary>
    public Load Load { get; private set; }

    /// <summary>How many deployments so far did not pay: their realised saving was below their Tr.</summary>
    public int UnpaidDeployments => _payoff.Unpaid;

    /// <summary>How many deployments' saving has been judged so far.</summary>
    public int JudgedDeployments => _payoff.Judged;

    /// <summary>Every change of tau so far, in order.</summary>
    public IReadOnlyList<TauTracePoint> Trace => _trace;

    /// <summary>The workload's load changed (a sink change).</summary>
    /// <param name="load">The new load.</param>
    public void OnLoadChanged(Load load)
    {
        _payoff.Close(_clock.VirtualNowSeconds);
        Load = load;
        ApplyAfterLag("sinkChange");
    }

    /// <summary>Stops the experiment for a migration (tau infinite).</summary>
    public void Suspend()
    {
        _payoff.Close(_clock.VirtualNowSeconds);
        _pendingGeneration++;
        _clock.Suspend();
        Record("suspend");
    }

    /// <summary>Restarts the experiment on <paramref name="placement"/> at its tau for the current load.</summary>
    /// <param name="placement">The placement the migration established.</param>
    /// <param name="reconfigurationSeconds">What the migration cost, Tr: the saving it must realise to pay.</param>
    public void Resume(Placement placement, double reconfigurationSeconds = 0)
    {
        _payoff.Open(_clock.VirtualNowSeconds, Load, Placement, placement, reconfigurationSeconds);
        Placement = placement;
        _clock.Resume(_costModel.Tau(Load, placement));
        Record("resume");
    }

    /// <summary>Records the end of the experiment in the trace.</summary>
    public void RecordEnd()
    {
        _payoff.Close(_clock.VirtualNowSeconds);
        Record("end");
    }

    private void ApplyAfterLag(string cause)
    {
        var generation = ++_pendingGeneration;
        if (_lagSeconds == 0)
        {
            Apply(cause);
            return;
        }
        _simulation.Timeout(_lagSeconds).AddCallback(_ =>
        {
            if (generation == _pendingGeneration)
            {
                Apply(cause);
            }
        });
    }

    private void Apply(string cause)
    {
        if (_clock.IsSuspended)
        {
            return;
        }
        _clock.SetTau(_costModel.Tau(Load, Placement));
        Record(cause);
    }

    private void Record(string cause) =>
        _trace.Add(new TauTracePoint(_simulation.Now, _clock.VirtualNowSeconds, _clock.Tau, cause));
}
