namespace NetBalance.Tests.CostModels;

public sealed class MigrationCostModelTests
{
    // 2 physical nodes x 2 CPUs: VMs 0 and 1 on node 0, VMs 2 and 3 on node 1.
    private static readonly TestbedShape Shape = new(2, 2);
    private static readonly MigrationCostModel Model = new(Shape, new MigrationCostOptions());
    private static readonly Placement ThreeOnVmZero = new([0, 0, 0]);

    [Fact]
    public void Plan_OneTenMBMigrationWithinNode_Is0395PlusSuspendAndResume()
    {
        // Vnode 0 moves VM 0 -> VM 1 (same node). Destination VM 1: no vnode before (0 x 6 ms),
        // (4.6 + 13.1 + 1.8) ms/MB x 10 MB + 200 ms = 395 ms, one vnode after (3.5 ms): 398.5 ms.
        // Source VM 0: 3 x 6 ms + 195 ms + 2 x 3.5 ms = 220 ms.
        var plan = Model.Plan(ThreeOnVmZero, new Placement([1, 0, 0]));

        Assert.Equal([new Migration(0, 0, 1)], plan.Migrations);
        Assert.Equal(0.220, plan.VmSeconds[0], 12);
        Assert.Equal(0.395 + 0.0035, plan.VmSeconds[1], 12);
        Assert.Equal(0.3985, plan.ReconfigurationSeconds, 12);
    }

    [Fact]
    public void Plan_OneTenMBMigrationAcrossNodes_Is0414PlusResume()
    {
        // (4.6 + 15.0 + 1.8) x 10 + 200 = 414 ms, plus 3.5 ms resume on the empty destination VM 2.
        var plan = Model.Plan(ThreeOnVmZero, new Placement([2, 0, 0]));

        Assert.Equal(0.4175, plan.VmSeconds[2], 12);
        Assert.Equal(0.4175, plan.ReconfigurationSeconds, 12);
    }

    [Fact]
    public void Plan_TwoMigrationsFromOneVm_TrIsTheBusiestVm()
    {
        // Vnode 0 -> VM 1 (195 ms state), vnode 1 -> VM 2 (214 ms state), both from VM 0.
        // VM 0: 3 x 6 + 195 + 214 + 1 x 3.5 = 430.5 ms; VM 1: 398.5 ms; VM 2: 417.5 ms. Tr = max = 430.5 ms.
        var plan = Model.Plan(ThreeOnVmZero, new Placement([1, 2, 0]));

        Assert.Equal(2, plan.Migrations.Count);
        Assert.Equal(0.4305, plan.VmSeconds[0], 12);
        Assert.Equal(0.4305, plan.ReconfigurationSeconds, 12);
    }

    [Fact]
    public void Plan_HundredMBWithinNode_MatchesTable1()
    {
        // Table 1: 100 MB within a node = 19.5 x 100 + 200 = 2,150 ms, plus 3.5 ms resume.
        var model = new MigrationCostModel(Shape, new MigrationCostOptions { MemoryMB = 100 });

        Assert.Equal(2.1535, model.Plan(ThreeOnVmZero, new Placement([1, 0, 0])).ReconfigurationSeconds, 12);
    }

    [Fact]
    public void Plan_SamePlacement_HasNoMigrationAndZeroTr()
    {
        // Moving a vnode away and back gives the original placement: nothing migrates, Tr = 0
        // even though suspend and resume of 3 vnodes would cost 28.5 ms on VM 0.
        var plan = Model.Plan(ThreeOnVmZero, new Placement([0, 0, 0]));

        Assert.Empty(plan.Migrations);
        Assert.Equal(0.0, plan.ReconfigurationSeconds);
    }
}
