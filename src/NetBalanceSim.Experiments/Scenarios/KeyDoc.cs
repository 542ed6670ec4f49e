namespace NetBalanceSim.Experiments.Scenarios;

/// <summary>What the key list documents about a key beyond its <see cref="ScenarioKey.Help"/>: unit and numeric range.</summary>
/// <param name="Unit">The unit of the value ("" for a name, a flag or a plain count).</param>
/// <param name="Minimum">The smallest allowed value, or null for no numeric bound.</param>
/// <param name="Maximum">The largest allowed value, or null.</param>
/// <param name="ExclusiveMinimum">True if <paramref name="Minimum"/> itself is not allowed.</param>
/// <param name="Meaning">A meaning that replaces the key's help text in documentation, or null to use the help.</param>
public sealed record KeyDoc(string Unit, double? Minimum = null, double? Maximum = null, bool ExclusiveMinimum = false, string? Meaning = null);
