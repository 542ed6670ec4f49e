namespace NetBalanceSim.Experiments.Figures;

/// <summary>Fig. 6: relative runtime against the optimisation time To, one series per topology (sinks change every 10 s = Tp).</summary>
public sealed class Figure6 : SeriesFigure
{
    /// <inheritdoc/>
    public override string Id => "fig6";

    /// <inheritdoc/>
    public override string Title => "Fig. 6: optimisation time vs. network topology";

    /// <inheritdoc/>
    public override string Description =>
        "To = 0.125 s already shortens the runtime by up to 48%; To <= 1 s is only slightly better; larger To gains less.";

    /// <inheritdoc/>
    public override string XColumn => "ToSeconds";

    /// <inheritdoc/>
    public override string XLabel => "optimisation time To (s)";

    /// <inheritdoc/>
    public override string SeriesColumn => "topology";
}
