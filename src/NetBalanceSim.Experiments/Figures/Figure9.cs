namespace NetBalanceSim.Experiments.Figures;

/// <summary>Fig. 9: relative runtime against the prediction window Tp, one series per data rate (Grid).</summary>
public sealed class Figure9 : SeriesFigure
{
    /// <inheritdoc/>
    public override string Id => "fig9";

    /// <inheritdoc/>
    public override string Title => "Fig. 9: prediction window vs. data rate";

    /// <inheritdoc/>
    public override string Description => "Higher data rates gain more from NETbalance.";

    /// <inheritdoc/>
    public override string XColumn => "TpSeconds";

    /// <inheritdoc/>
    public override string XLabel => "prediction window Tp (s)";

    /// <inheritdoc/>
    public override string SeriesColumn => "RateMbps";

    /// <inheritdoc/>
    public override string SeriesLegend(string value) => value + " Mbit/s";
}
