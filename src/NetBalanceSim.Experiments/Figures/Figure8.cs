namespace NetBalanceSim.Experiments.Figures;

/// <summary>Fig. 8: relative runtime against the prediction window Tp, one series per memory footprint (Grid).</summary>
public sealed class Figure8 : SeriesFigure
{
    /// <inheritdoc/>
    public override string Id => "fig8";

    /// <inheritdoc/>
    public override string Title => "Fig. 8: prediction window vs. memory of the SuT";

    /// <inheritdoc/>
    public override string Description =>
        "A larger memory footprint needs a larger Tp to gain; even 100 MB still gains with Tp >= 8 s.";

    /// <inheritdoc/>
    public override string XColumn => "TpSeconds";

    /// <inheritdoc/>
    public override string XLabel => "prediction window Tp (s)";

    /// <inheritdoc/>
    public override string SeriesColumn => "MemoryMB";

    /// <inheritdoc/>
    public override string SeriesLegend(string value) => value + " MB";
}
