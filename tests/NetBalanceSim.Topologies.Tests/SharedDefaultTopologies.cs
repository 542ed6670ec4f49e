namespace NetBalanceSim.Topologies.Tests;

/// <summary>Test classes in this collection share one <see cref="DefaultTopologiesFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SharedDefaultTopologies : ICollectionFixture<DefaultTopologiesFixture>
{
    public const string Name = "Default topologies";
}
