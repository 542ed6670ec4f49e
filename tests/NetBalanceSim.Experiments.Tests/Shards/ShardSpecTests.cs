using NetBalanceSim.Experiments.Shards;

namespace NetBalanceSim.Experiments.Tests.Shards;

public sealed class ShardSpecTests
{
    [Theory]
    [InlineData("0/4", 0, 4)]
    [InlineData("3/4", 3, 4)]
    [InlineData("0/1", 0, 1)]
    public void TryParse_IndexFromZero(string text, int index, int count)
    {
        Assert.Null(ShardSpec.TryParse(text, out var shard));
        Assert.Equal(new ShardSpec(index, count), shard);
        Assert.Equal(text, shard!.ToString());
    }

    [Theory]
    [InlineData("4/4", "INDEX must be 0 to 3")]
    [InlineData("1/0", "COUNT must be 1 to")]
    [InlineData("-1/4", "expected INDEX/COUNT")]
    [InlineData("1", "expected INDEX/COUNT")]
    [InlineData("1/4/2", "expected INDEX/COUNT")]
    [InlineData(" 1/4", "expected INDEX/COUNT")]
    public void TryParse_Malformed_SaysWhatIsExpected(string text, string problem)
    {
        Assert.Contains(problem, ShardSpec.TryParse(text, out var shard), StringComparison.Ordinal);
        Assert.Null(shard);
    }

    [Fact]
    public void JournalKey_NamesThePlanAndTheShard()
    {
        Assert.Equal("0123456789abcdef/shard-2-of-5", new ShardSpec(2, 5).JournalKey("0123456789abcdef"));
    }
}
