namespace NetBalanceSim.Experiments.Statements;

/// <summary>What the results say about one statement of the paper.</summary>
/// <param name="Holds">Whether the measurement lies in the statement's band; null when the results needed are missing.</param>
/// <param name="Distance">How far the measurement lies outside the band, in relative runtime (0 when it holds; NaN when not measured).</param>
/// <param name="Measured">The measurement in words, e.g. <c>best 0.381 at fig10 totalCpus=32 cpusPerNode=1</c>.</param>
public sealed record StatementVerdict(bool? Holds, double Distance, string Measured)
{
    /// <summary>The verdict in a word, as tables write it: <c>yes</c>, <c>no</c> or <c>not measured</c>.</summary>
    public string Word => Holds switch { true => "yes", false => "no", null => "not measured" };

    /// <summary>A statement whose figure is not among the results.</summary>
    /// <param name="missing">What is missing.</param>
    /// <returns>The verdict.</returns>
    public static StatementVerdict NotMeasured(string missing) => new(null, double.NaN, missing);

    /// <summary>A verdict from the distance outside the band.</summary>
    /// <param name="distance">0 or more; 0 holds.</param>
    /// <param name="measured">The measurement in words.</param>
    /// <returns>The verdict.</returns>
    public static StatementVerdict FromDistance(double distance, string measured) => new(distance <= 0, Math.Max(0, distance), measured);
}
