namespace NetBalanceSim.Experiments.Sensitivity;

/// <summary>One point of a sensitivity design: a named setup case giving every factor of the design its value.</summary>
/// <param name="Name">The case's name (<see cref="SensitivityCase"/>), written in the <c>setup</c> column.</param>
/// <param name="Values">Each factor's scenario key and value, in the design's factor order.</param>
public sealed record SensitivityPoint(string Name, IReadOnlyList<KeyValuePair<string, double>> Values);
