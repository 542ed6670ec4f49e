using NetBalanceSim.Experiments.Figures;

namespace NetBalanceSim.Experiments.Tests.Figures;

public sealed class KeyLabelsTests
{
    [Theory]
    [InlineData("TpSeconds", "prediction window Tp (s)")]
    [InlineData("ToSeconds", "optimisation time To (s)")]
    [InlineData("RateMbps", "data rate (Mbit/s)")]
    [InlineData("MemoryMB", "memory of the SuT (MB)")]
    [InlineData("relativeRuntimeMean", "relative runtime")]
    [InlineData("reconfigurationSecondsMean", "reconfiguration time Tr (s)")]
    [InlineData("qualityAfterDeploymentMean", "τ / τLB after deployment")]
    [InlineData("mySweptKnob", "mySweptKnob")]
    public void Axis_KnownAndUnknownColumns(string column, string expected)
    {
        Assert.Equal(expected, KeyLabels.Of(column).Axis);
    }

    [Theory]
    [InlineData("RateMbps", "20", "20 Mbit/s")]
    [InlineData("MemoryMB", "100", "100 MB")]
    [InlineData("cpusPerNode", "1", "1 CPU per node")]
    [InlineData("cpusPerNode", "8", "8 CPUs per node")]
    [InlineData("topology", "grid", "grid")]
    [InlineData("topology", "topologies/campus-2.graphml", "campus-2")]
    [InlineData("topology", @"C:\data\waxman.json", "waxman")]
    [InlineData("mySweptKnob", "x/y.z", "x/y.z")]
    public void LegendOf_ShowsTheValueWithItsUnitAndATopologyByItsFileName(string column, string value, string expected)
    {
        Assert.Equal(expected, KeyLabels.Of(column).LegendOf(value));
    }

    [Fact]
    public void IntervalOf_MeanAndRegretHaveOneOthersNone()
    {
        Assert.Equal(("relativeRuntimeCi95Low", "relativeRuntimeCi95High"), KeyLabels.IntervalOf("relativeRuntimeMean"));
        Assert.Equal(("regretCi95Low", "regretCi95High"), KeyLabels.IntervalOf("regretMean"));
        Assert.Null(KeyLabels.IntervalOf("migrationsMean"));
    }
}
