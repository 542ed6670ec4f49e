namespace NetBalanceSim.Experiments.Figures;

/// <summary>
/// Fig. 10: relative runtime against the testbed's total CPUs, one series per CPUs per physical node (Grid).
/// The x value is the column <c>totalCpus</c> if the sweep has it, else <c>physicalNodes</c> x <c>cpusPerNode</c>.
/// </summary>
public sealed class Figure10 : SeriesFigure
{
    /// <inheritdoc/>
    public override string Id => "fig10";

    /// <inheritdoc/>
    public override string Title => "Fig. 10: migration benefit vs. testbed size";

    /// <inheritdoc/>
    public override string Description =>
        "Up to 64 CPUs NETbalance shortens the runtime by 50% to 70%; above 128 CPUs the gain shrinks.";

    /// <inheritdoc/>
    public override string XColumn => "totalCpus";

    /// <inheritdoc/>
    public override string XLabel => "total CPUs";

    /// <inheritdoc/>
    public override string SeriesColumn => "cpusPerNode";

    /// <inheritdoc/>
    public override string SeriesLegend(string value) =>
        value + (value == "1" ? " CPU per node" : " CPUs per node");

    /// <inheritdoc/>
    protected override Func<SummaryRow, double> XOf(SummaryTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.PointIndex(XColumn) >= 0 || table.PointIndex("physicalNodes") < 0 || table.PointIndex(SeriesColumn) < 0)
        {
            return NumberColumn(table, XColumn);
        }
        var nodes = NumberColumn(table, "physicalNodes");
        var cpus = NumberColumn(table, SeriesColumn);
        return row => nodes(row) * cpus(row);
    }
}
