using NetBalance;
using NetBalanceSim.Testbed.Tests.Experiment;

namespace NetBalanceSim.Testbed.Tests.Control;

public sealed class DeploymentPayoffTests
{
    private static readonly TestbedRunSettings Settings = SmallTestbed.Settings();
    private static readonly TestbedCostModel Cost = new(Settings.Shape, Settings.Coordinator.TestbedCost);
    private static readonly Load Load = SmallTestbed.Loads(Settings, 0)[0];
    private static readonly Placement Good = SmallTestbed.InitialPlacement(Settings, Load);
    private static readonly Placement Bad = new([.. Enumerable.Repeat(0, Load.VnodeCount)]);

    [Fact]
    public void A_deployment_pays_when_its_saving_until_the_next_change_reaches_its_Tr()
    {
        // Saving = (tau(bad) - tau(good)) x the virtual seconds until the load changes; Tr is set just below and
        // just above the saving of 10 virtual seconds.
        var saved = Cost.Tau(Load, Bad) - Cost.Tau(Load, Good);
        Assert.True(saved > 0);
        var payoff = new DeploymentPayoff(Cost);

        payoff.Open(100, Load, Bad, Good, reconfigurationSeconds: (10 * saved) - 1e-6);
        payoff.Close(110);
        payoff.Open(200, Load, Bad, Good, reconfigurationSeconds: (10 * saved) + 1e-6);
        payoff.Close(210);

        Assert.Equal(2, payoff.Judged);
        Assert.Equal(1, payoff.Unpaid);
    }

    [Fact]
    public void A_deployment_is_judged_once_and_a_worse_placement_never_pays()
    {
        var payoff = new DeploymentPayoff(Cost);

        payoff.Open(0, Load, Good, Bad, reconfigurationSeconds: 0.5);
        payoff.Close(1000);
        payoff.Close(2000);

        Assert.Equal(1, payoff.Judged);
        Assert.Equal(1, payoff.Unpaid);
    }

    [Fact]
    public void A_second_deployment_closes_the_first()
    {
        var saved = Cost.Tau(Load, Bad) - Cost.Tau(Load, Good);
        var payoff = new DeploymentPayoff(Cost);

        // The first runs 4 virtual seconds before the second replaces it: saving 4 x saved against Tr 5 x saved.
        payoff.Open(10, Load, Bad, Good, reconfigurationSeconds: 5 * saved);
        payoff.Open(14, Load, Good, Good, reconfigurationSeconds: 0);
        payoff.Close(20);

        Assert.Equal(2, payoff.Judged);
        Assert.Equal(1, payoff.Unpaid);
    }
}
