namespace NetBalance.Tests.Options;

public sealed class NameSuggestionTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("same", "same", 0)]
    public void Distance_KnownPairs_MatchesHandCount(string a, string b, int expected)
    {
        Assert.Equal(expected, NameSuggestion.Distance(a, b));
        Assert.Equal(expected, NameSuggestion.Distance(b, a));
    }

    [Fact]
    public void Closest_Misspelling_FindsTheIntendedNameIgnoringCase()
    {
        Assert.Equal("TpSeconds", NameSuggestion.Closest("tpsecond", ["ToSeconds", "TpSeconds", "MemoryMB"]));
        Assert.Null(NameSuggestion.Closest("x", []));
    }
}
