using NetBalanceSim.Experiments.Sensitivity;

namespace NetBalanceSim.Experiments.Tests.Sensitivity;

/// <summary>The tornado's ends and its ranking by swing.</summary>
public sealed class TornadoTests
{
    [Fact]
    public void Rank_OrdersBySwing_LargestFirst_TiesByName()
    {
        TornadoRow[] rows =
        [
            new("a", 0, 1, 2, 1.0, 1.0, 1.1),   // swing 0.1
            new("b", 0, 1, 2, 1.2, 1.0, 0.9),   // swing 0.3
            new("d", 0, 1, 2, 0.9, 1.0, 1.1),   // swing 0.2
            new("c", 0, 1, 2, 1.1, 1.0, 0.9),   // swing 0.2
        ];

        var ranked = Tornado.Rank(rows);

        Assert.Equal(["b", "c", "d", "a"], ranked.Select(r => r.Factor));
        Assert.Equal([1, 2, 3, 4], ranked.Select(r => r.Rank));
        Assert.Equal(0.3, ranked[0].Swing, 12);
    }

    [Fact]
    public void Ends_AtTheCalibratedSigmas_AreTheCatalogRanges()
    {
        var values = new Dictionary<string, double> { ["sigmaIntra"] = 0, ["sigmaInterVm"] = 0.3, ["sigmaInterPn"] = 0.6 };

        Assert.Equal((0.3, 1.2), Tornado.Ends(SensitivityFactors.Find("sigmaInterPn")!, k => values[k]));
        Assert.Equal((0.15, 0.45), Tornado.Ends(SensitivityFactors.Find("sigmaInterVm")!, k => values[k]));
        Assert.Equal((0.0, 0.05), Tornado.Ends(SensitivityFactors.Find("sigmaIntra")!, k => values[k]));
    }

    [Fact]
    public void Ends_KeepTheSigmasInOrder_AroundTheNeighboursBaseValues()
    {
        var values = new Dictionary<string, double> { ["sigmaIntra"] = 0.2, ["sigmaInterVm"] = 0.5, ["sigmaInterPn"] = 0.4 + 0.4 };

        Assert.Equal((0.5, 1.2), Tornado.Ends(SensitivityFactors.Find("sigmaInterPn")!, k => values[k]));
        Assert.Equal((0.2, 0.45), Tornado.Ends(SensitivityFactors.Find("sigmaInterVm")!, k => values[k]));
        Assert.Equal((0.0, 0.05), Tornado.Ends(SensitivityFactors.Find("sigmaIntra")!, k => values[k]));
    }

    [Fact]
    public void Ends_OfARelativeFactor_AreHalfAndTwiceTheBase() =>
        Assert.Equal((3.0, 12.0), Tornado.Ends(SensitivityFactors.Find("suspendMsPerVnode")!, _ => 6));
}
