using NetBalanceSim.Experiments.Scenarios;

namespace NetBalanceSim.Experiments.Tests.Scenarios;

/// <summary>KEY=VALUE texts split at the first '=', with a non-empty key.</summary>
public sealed class KeyValueTextTests
{
    [Theory]
    [InlineData("TpSeconds=8", "TpSeconds", "8")]
    [InlineData("traceFile=a=b.csv", "traceFile", "a=b.csv")]
    [InlineData("setup=", "setup", "")]
    public void TrySplit_KeyValue_SplitsAtTheFirstEquals(string text, string key, string value)
    {
        Assert.True(KeyValueText.TrySplit(text, out var k, out var v));
        Assert.Equal((key, value), (k, v));
    }

    [Theory]
    [InlineData("TpSeconds")]
    [InlineData("=8")]
    [InlineData("")]
    public void TrySplit_NoKeyBeforeAnEquals_IsRefused(string text)
    {
        Assert.False(KeyValueText.TrySplit(text, out var key, out var value));
        Assert.Equal(("", ""), (key, value));
    }
}
