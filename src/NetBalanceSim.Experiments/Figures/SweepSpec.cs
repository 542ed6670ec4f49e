namespace NetBalanceSim.Experiments.Figures;

/// <summary>What a sweep figure shows: a metric of <c>summary.csv</c> against one swept key, one line per value of another.</summary>
/// <param name="X">The swept key on the x axis.</param>
/// <param name="Series">The swept key whose values make the lines (null: one line).</param>
/// <param name="Y">The metric column on the y axis (e.g. <c>mean</c>, the relative runtime).</param>
public sealed record SweepSpec(string X, string? Series, string Y)
{
    /// <summary>The swept key whose values make separate figures with the same axes (null: one figure).</summary>
    public string? Panel { get; init; }

    /// <summary>The title (null: "metric vs. key").</summary>
    public string? Title { get; init; }

    /// <summary>The x axis scale (null: chosen from the data by <see cref="AxisScales.Choose"/>).</summary>
    public AxisScale? XScale { get; init; }

    /// <summary>Whether a sweep without the <see cref="Series"/> key is drawn as one line rather than refused (the paper's presets).</summary>
    public bool SeriesOptional { get; init; }

    /// <summary>The title drawn: <see cref="Title"/>, or the metric's and the x key's names.</summary>
    public string TitleText => Title ?? $"{KeyLabels.Of(Y).Name} vs. {KeyLabels.Of(X).Name}";

    /// <summary>The file name (without extension) of a user's figure: metric, x key and series key, e.g. <c>mean-TpSeconds-RateMbps</c>.</summary>
    public string FileStem => Series is null ? $"{Y}-{X}" : $"{Y}-{X}-{Series}";
}
