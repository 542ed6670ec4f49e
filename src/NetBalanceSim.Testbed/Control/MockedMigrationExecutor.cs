using NetBalance;
using NetBalanceSim.Kernel;

namespace NetBalanceSim.Testbed;

/// <summary>
/// The simulator's migration executor: it moves nothing, but holds the experiment suspended for exactly the
/// reconfiguration time Tr the migration cost model gives, and records every migration.
/// </summary>
/// <remarks>
/// DESIGN §3 "NETbalance control loop": the coordinator decides at the report, the experiment keeps running
/// with the old placement for the optimisation time To, then it is suspended (tau infinite), the migrations
/// take Tr of real time, and it resumes with tau(phi').
/// </remarks>
public sealed class MockedMigrationExecutor : IMigrationExecutor
{
    private readonly Simulation _simulation;
    private readonly TauController _controller;
    private readonly Func<double> _optimisationSeconds;
    private readonly List<ExecutedMigration> _executed = [];

    /// <summary>Creates the executor.</summary>
    /// <param name="simulation">The simulation (real time).</param>
    /// <param name="controller">The tau controller that suspends and resumes the experiment.</param>
    /// <param name="optimisationSeconds">To: real seconds between the report and the start of the migration.</param>
    public MockedMigrationExecutor(Simulation simulation, TauController controller, double optimisationSeconds)
        : this(simulation, controller, NonNegative(optimisationSeconds))
    {
    }

    /// <summary>Creates the executor for a coordinator whose To varies (a learned To).</summary>
    /// <param name="simulation">The simulation (real time).</param>
    /// <param name="controller">The tau controller that suspends and resumes the experiment.</param>
    /// <param name="optimisationSeconds">The To of the search whose result is deployed, read at each deployment.</param>
    public MockedMigrationExecutor(Simulation simulation, TauController controller, Func<double> optimisationSeconds)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(optimisationSeconds);
        _simulation = simulation;
        _controller = controller;
        _optimisationSeconds = optimisationSeconds;
    }

    /// <summary>Every deployment so far, in order.</summary>
    public IReadOnlyList<ExecutedMigration> Executed => _executed;

    /// <inheritdoc />
    public void Execute(MigrationPlan plan, Placement target)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(target);
        _simulation.Process(Deploy(plan, target, _optimisationSeconds()), "migration");
    }

    private static Func<double> NonNegative(double seconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seconds, "optimisationSeconds");
        return () => seconds;
    }

    private IEnumerable<Event> Deploy(MigrationPlan plan, Placement target, double optimisationSeconds)
    {
        yield return _simulation.Timeout(optimisationSeconds);
        var startedAt = _simulation.Now;
        _controller.Suspend();
        yield return _simulation.Timeout(plan.ReconfigurationSeconds);
        _controller.Resume(target, plan.ReconfigurationSeconds);
        _executed.Add(new ExecutedMigration(startedAt, plan.ReconfigurationSeconds, plan.Migrations.Count));
    }
}
