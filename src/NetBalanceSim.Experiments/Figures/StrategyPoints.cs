namespace NetBalanceSim.Experiments.Figures;

/// <summary>
/// The rows of the strategy comparison's <c>summary.csv</c> by setup and strategy (the swept keys <c>setup</c> and
/// <c>strategy</c>), in the order they first appear, which fixes positions, colours and markers.
/// </summary>
internal sealed class StrategyPoints
{
    private StrategyPoints(IReadOnlyList<string> setups, IReadOnlyList<string> strategies, Dictionary<(string, string), SummaryRow> rows)
    {
        Setups = setups;
        Strategies = strategies;
        Rows = rows;
    }

    public IReadOnlyList<string> Setups { get; }

    public IReadOnlyList<string> Strategies { get; }

    public Dictionary<(string Setup, string Strategy), SummaryRow> Rows { get; }

    public static StrategyPoints Collect(SummaryTable table, string figureId)
    {
        if (table.Rows.Count == 0)
        {
            throw new FigureException($"{table.Source}: no rows to draw.");
        }
        var setup = table.RequirePointIndex(figureId, "setup");
        var strategy = table.RequirePointIndex(figureId, "strategy");
        var setups = new List<string>();
        var strategies = new List<string>();
        var rows = new Dictionary<(string, string), SummaryRow>();
        foreach (var row in table.Rows)
        {
            var key = (row.Point[setup], row.Point[strategy]);
            if (!rows.TryAdd(key, row))
            {
                throw new FigureException($"{table.Source}:{row.Line}: a second row for setup '{key.Item1}' and strategy '{key.Item2}'; {figureId} draws one row per pair, so sweep no other key.");
            }
            if (!setups.Contains(key.Item1))
            {
                setups.Add(key.Item1);
            }
            if (!strategies.Contains(key.Item2))
            {
                strategies.Add(key.Item2);
            }
        }
        return new StrategyPoints(setups, strategies, rows);
    }

    public SummaryRow? Row(string setup, string strategy) => Rows.TryGetValue((setup, strategy), out var row) ? row : null;
}
