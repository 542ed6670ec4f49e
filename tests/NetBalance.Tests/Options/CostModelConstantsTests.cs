namespace NetBalance.Tests.Options;

public sealed class CostModelConstantsTests
{
    [Fact]
    public void ToList_Defaults_HoldDesignValuesUnderScenarioNames()
    {
        var constants = CostModelConstants.Default.ToList().ToDictionary(p => p.Key, p => p.Value);

        Assert.Equal(0.30, constants["sigmaInterPn"]);
        Assert.Equal(0.10, constants["kFwd"]);
        Assert.Equal(10.0, constants["MemoryMB"]);
        Assert.Equal(200.0, constants["reattachMsPerVnode"]);
        Assert.Equal(CostModelConstants.Names.Count, constants.Count);
    }

    [Fact]
    public void With_KnownName_OverridesThatConstantOnly()
    {
        var constants = CostModelConstants.Default.With("sigmaInterPn", 0.4);

        Assert.Equal(0.4, constants.Testbed.SigmaInterPnCpuSecondsPerGbit);
        Assert.Equal(0.20, constants.Testbed.SigmaInterVmCpuSecondsPerGbit);
        Assert.Equal(0.30, CostModelConstants.Default.Get("sigmaInterPn"));
    }

    [Fact]
    public void With_UnknownName_ThrowsSuggestingClosest()
    {
        var error = Assert.Throws<ArgumentException>(() => CostModelConstants.Default.With("sigmaInterPN", 0.4));

        Assert.Contains("Did you mean 'sigmaInterPn'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_NegativeValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CostModelConstants.Default.With("kFwd", -1));
    }
}
