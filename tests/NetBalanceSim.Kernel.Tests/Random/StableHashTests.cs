using NetBalanceSim.Kernel;

namespace NetBalanceSim.Kernel.Tests.Random;

public sealed class StableHashTests
{
    [Theory]
    [InlineData("", 0xcbf29ce484222325UL)]
    [InlineData("a", 0xaf63dc4c8601ec8cUL)]
    [InlineData("foobar", 0x85944171f73967e8UL)]
    public void Fnv1a64_KnownVectors_Match(string text, ulong expected)
    {
        Assert.Equal(expected, StableHash.Fnv1a64(text));
    }

    [Fact]
    public void Mix64_GoldenGamma_IsTheFirstSplitMix64OutputOfSeedZero()
    {
        Assert.Equal(0xe220a8397b1dcdafUL, StableHash.Mix64(0x9E3779B97F4A7C15UL));
    }
}
