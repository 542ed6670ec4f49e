namespace NetBalance.Tests.CostModels;

public sealed class ChiObjectiveTests
{
    [Fact]
    public void Chi_LiteralBetterPlacement_IsNegative()
    {
        // Tp = 10, To = 1: W = 9; chi = 9 x 4 + 0.5 - 9 x 5 = -8.5.
        var objective = new ChiObjective { TpSeconds = 10, ToSeconds = 1 };

        Assert.Equal(-8.5, objective.Chi(tauCurrent: 5, tauNew: 4, reconfigurationSeconds: 0.5), 12);
    }

    [Fact]
    public void Chi_GainSmallerThanTr_IsPositive()
    {
        // W = 9: chi = 9 x (4.9 - 5) + 1.0 = 0.1 > 0: the hysteresis keeps phi.
        var objective = new ChiObjective { TpSeconds = 10, ToSeconds = 1 };

        Assert.Equal(0.1, objective.Chi(5, 4.9, 1.0), 12);
    }

    [Fact]
    public void Chi_UnitConsistent_UsesToOverTau()
    {
        // W = 10 - 1 / 5 = 9.8: chi = 9.8 x (4 - 5) + 0.5 = -9.3.
        var objective = new ChiObjective { TpSeconds = 10, ToSeconds = 1, Formula = ChiFormula.UnitConsistent };

        Assert.Equal(-9.3, objective.Chi(5, 4, 0.5), 12);
    }

    [Fact]
    public void Chi_TauOnly_IgnoresTr()
    {
        Assert.Equal(-1.0, ChiObjective.TauOnly.Chi(5, 4, 100), 12);
    }
}
