namespace NetBalance.Tests.Support;

/// <summary>chi of a transition from the full cost models, with no guard: what a search's answer is judged by.</summary>
internal static class ExactChi
{
    public static double Of(PlacementModel model, ChiObjective objective, Load load, Placement start, Placement candidate)
    {
        var testbed = new TestbedCostModel(model.Shape, model.Testbed);
        var tr = new MigrationCostModel(model.Shape, model.Migration).ReconfigurationSeconds(start, candidate);
        return objective.Chi(testbed.Tau(load, start), testbed.Tau(load, candidate), tr);
    }
}
