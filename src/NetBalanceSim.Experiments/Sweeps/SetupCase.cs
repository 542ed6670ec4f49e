namespace NetBalanceSim.Experiments.Sweeps;

/// <summary>One value of the <see cref="SweepAxis.Setup"/> axis: a named set of scenario keys and their values.</summary>
/// <param name="Name">The case's name, written in the CSV column <c>setup</c>.</param>
/// <param name="Values">The keys it sets, in file order, with values typed as the keys' kinds.</param>
public sealed record SetupCase(string Name, IReadOnlyList<KeyValuePair<string, object?>> Values)
{
    /// <summary>Returns the case's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
