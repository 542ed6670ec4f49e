namespace NetBalance;

/// <summary>Carries out a transition phi -&gt; phi': suspend the experiment, migrate, resume.</summary>
/// <remarks>
/// DESIGN §3 "NETbalance control loop": the coordinator calls it only when chi &lt; 0. A real
/// coordinator moves vnodes between VMs; the simulator's mocked executor moves nothing and charges
/// the plan's Tr of real time. Called synchronously, once per deployed re-placement.
/// </remarks>
public interface IMigrationExecutor
{
    /// <summary>Executes the migrations of a plan.</summary>
    /// <param name="plan">The migrations and their estimated reconfiguration time Tr.</param>
    /// <param name="target">The placement phi' in effect afterwards.</param>
    void Execute(MigrationPlan plan, Placement target);
}
