namespace NetBalance.Tests.Support;

/// <summary>Tests that time themselves run alone, after the parallel ones, so other tests do not share their cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialTimingGroup
{
    public const string Name = "Serial (timing)";
}
