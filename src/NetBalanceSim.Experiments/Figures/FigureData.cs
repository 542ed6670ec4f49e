namespace NetBalanceSim.Experiments.Figures;

/// <summary>
/// The tables a figure is drawn from. Loaded from a results folder, each table is read when a recipe first asks
/// for it, so a figure needs only the files it uses (a missing one is a <see cref="FigureException"/>).
/// </summary>
public sealed class FigureData
{
    private readonly Lazy<SummaryTable> _summary;
    private readonly Lazy<TauTraceTable> _tauTrace;

    /// <summary>Tables held in memory (a table left null is an error when a recipe asks for it).</summary>
    /// <param name="summary">The summary table.</param>
    /// <param name="tauTrace">The tau trace.</param>
    public FigureData(SummaryTable? summary, TauTraceTable? tauTrace)
    {
        _summary = new Lazy<SummaryTable>(() => summary ?? throw new FigureException($"{SummaryTable.FileName} is needed but was not given."));
        _tauTrace = new Lazy<TauTraceTable>(() => tauTrace ?? throw new FigureException($"{TauTraceTable.FileName} is needed but was not given."));
    }

    private FigureData(string directory)
    {
        _summary = new Lazy<SummaryTable>(() => SummaryTable.Load(Path.Combine(directory, SummaryTable.FileName)));
        _tauTrace = new Lazy<TauTraceTable>(() => TauTraceTable.Load(Path.Combine(directory, TauTraceTable.FileName)));
    }

    /// <summary>The summary table (<c>summary.csv</c>).</summary>
    public SummaryTable Summary => _summary.Value;

    /// <summary>The tau trace (<c>tau-trace.csv</c>).</summary>
    public TauTraceTable TauTrace => _tauTrace.Value;

    /// <summary>The tables of a results folder, read on demand.</summary>
    /// <param name="directory">The results folder.</param>
    /// <returns>The data.</returns>
    public static FigureData FromDirectory(string directory) => new(directory);
}
