using NetBalance.Tests.Support;

namespace NetBalance.Tests.CostModels;

public sealed class TestbedCostModelTests
{
    private static readonly TestbedCostOptions Defaults = new();

    [Fact]
    public void Tau_TwoVnodesOnOneVm_EqualsSumOfCpu()
    {
        // Same VM: sigmaIntra = 0, so D(0) = 1.001 + 1.001 = 2.002 and tau = max(1, 2.002).
        var model = new TestbedCostModel(TwoVnodeFixture.Shape, Defaults);
        var load = TwoVnodeFixture.MakeLoad(Defaults);

        Assert.Equal(2.002, model.Tau(load, new Placement([0, 0])), 12);
    }

    [Fact]
    public void Tau_TwoVnodesOnTwoVmsOfOneNode_AddsSigmaInterVmToBothEnds()
    {
        // Link cost 0.20 CPU-s/Gbit * 10 Gbit/s = 2.0 on each VM: D = 1.001 + 2.0 = 3.001.
        var model = new TestbedCostModel(TwoVnodeFixture.Shape, Defaults);
        var load = TwoVnodeFixture.MakeLoad(Defaults);

        Assert.Equal([3.001, 3.001, 0, 0], model.VmDemand(load, new Placement([0, 1])), new DoubleComparer(1e-12));
        Assert.Equal(3.001, model.Tau(load, new Placement([0, 1])), 12);
    }

    [Fact]
    public void Tau_TwoVnodesOnTwoNodes_AddsSigmaInterPnToBothEnds()
    {
        // Link cost 0.30 * 10 = 3.0 on each VM: D = 1.001 + 3.0 = 4.001.
        var model = new TestbedCostModel(TwoVnodeFixture.Shape, Defaults);
        var load = TwoVnodeFixture.MakeLoad(Defaults);

        Assert.Equal(4.001, model.Tau(load, new Placement([0, 2])), 12);
    }

    [Fact]
    public void Tau_NicTermOnAcrossNodes_IsBoundByNic()
    {
        // B_nic = 1,000 Mbit/s: node 0 sends 10,000 Mbit/s out, so the NIC term is 10 > 4.001.
        var options = Defaults with { NicMbps = 1000 };
        var model = new TestbedCostModel(TwoVnodeFixture.Shape, options);
        var load = TwoVnodeFixture.MakeLoad(options);

        Assert.Equal(10.0, model.Tau(load, new Placement([0, 2])), 12);
    }

    [Fact]
    public void Tau_NicTermOnWithinOneNode_IgnoresNic()
    {
        // No traffic crosses a NIC, so tau is the CPU bound 3.001 as without the NIC term.
        var options = Defaults with { NicMbps = 1000 };
        var model = new TestbedCostModel(TwoVnodeFixture.Shape, options);
        var load = TwoVnodeFixture.MakeLoad(options);

        Assert.Equal(3.001, model.Tau(load, new Placement([0, 1])), 12);
        Assert.Equal(2.002, model.Tau(load, new Placement([0, 0])), 12);
    }

    [Fact]
    public void Tau_HalfUtilisationSetPoint_DoublesTau()
    {
        // rho = 0.5: tau = 4.001 / 0.5 = 8.002.
        var options = Defaults with { Rho = 0.5 };
        var model = new TestbedCostModel(TwoVnodeFixture.Shape, options);

        Assert.Equal(8.002, model.Tau(TwoVnodeFixture.MakeLoad(options), new Placement([0, 2])), 12);
    }

    [Fact]
    public void Tau_LightLoad_IsTauMin()
    {
        // 10 Mbit/s: cpu = 0.001 + 0.1 * 0.01 = 0.002 each, far below tauMin = 1.
        var model = new TestbedCostModel(TwoVnodeFixture.Shape, Defaults);
        var load = Load.FromTraffic(TwoVnodeFixture.Graph, Defaults, [0, 10], [10, 0], [new DirectedLinkRate(0, 1, 10)]);

        Assert.Equal(1.0, model.Tau(load, new Placement([0, 2])));
    }

    [Fact]
    public void TauLowerBound_TwoVnodes_IsLocalOfOneVnode()
    {
        // local(0) = 1.001 + min(0.20 * 10, 1.001 + 0) = 2.002; sum cpu / M = 2.002 / 4 = 0.5005.
        var model = new TestbedCostModel(TwoVnodeFixture.Shape, Defaults);

        Assert.Equal(2.002, model.TauLowerBound(TwoVnodeFixture.MakeLoad(Defaults)), 12);
    }

    [Fact]
    public void TauLowerBound_ManyLightVnodes_IsAverageLoad()
    {
        // 8 isolated vnodes of 1.0 CPU-s each on 4 VMs: sum / M = 8 / 4 = 2.
        var graph = VnodeGraph.FromEdges(8, []);
        var load = new Load(graph, Enumerable.Repeat(1.0, 8).ToArray(), []);
        var model = new TestbedCostModel(TwoVnodeFixture.Shape, Defaults);

        Assert.Equal(2.0, model.TauLowerBound(load), 12);
    }

    [Fact]
    public void VmDemand_PlacementOnMissingVm_Throws()
    {
        var model = new TestbedCostModel(TwoVnodeFixture.Shape, Defaults);

        Assert.Throws<ArgumentException>(() => model.VmDemand(TwoVnodeFixture.MakeLoad(Defaults), new Placement([0, 4])));
    }
}
