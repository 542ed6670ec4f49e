namespace NetBalanceSim.Experiments.Scenarios;

/// <summary>The type of a scenario key's value.</summary>
public enum ScenarioValueKind
{
    /// <summary>A whole number (JSON integer), held as <see cref="long"/>.</summary>
    WholeNumber,

    /// <summary>A finite number, held as <see cref="double"/>.</summary>
    Number,

    /// <summary>A number, or null for "none" (held as <see cref="double"/> or null).</summary>
    NullableNumber,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A string.</summary>
    Text,

    /// <summary>A list of strings, held as <see cref="string"/>[].</summary>
    TextList,
}
