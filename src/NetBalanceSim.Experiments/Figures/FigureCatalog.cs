namespace NetBalanceSim.Experiments.Figures;

/// <summary>Every figure by id: the paper's figures 5 to 10 (<c>fig5</c> .. <c>fig10</c>) and the strategy comparison.</summary>
public static class FigureCatalog
{
    /// <summary>Every figure, in the paper's order.</summary>
    public static IReadOnlyList<IFigure> All { get; } =
        [new Figure5(), new Figure6(), new Figure7(), new Figure8(), new Figure9(), new Figure10(), new StrategiesFigure(), new StrategyTradeoffFigure()];

    /// <summary>The figures drawn from the results of scenario <paramref name="scenario"/> (none for most scenarios).</summary>
    /// <param name="scenario">The scenario's name.</param>
    /// <returns>The figures, in catalog order.</returns>
    public static IReadOnlyList<IFigure> ForScenario(string scenario) =>
        [.. All.Where(f => string.Equals(f.Scenario, scenario, StringComparison.Ordinal))];

    /// <summary>The figure with id <paramref name="id"/> (case-insensitive), or null.</summary>
    /// <param name="id">The id, such as <c>fig7</c>.</param>
    /// <returns>The figure, or null.</returns>
    public static IFigure? Find(string id) =>
        All.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The figure with id <paramref name="id"/>; an unknown id is a <see cref="FigureException"/> listing the known ones.</summary>
    /// <param name="id">The id, such as <c>fig7</c>.</param>
    /// <returns>The figure.</returns>
    public static IFigure Get(string id) =>
        Find(id) ?? throw new FigureException($"unknown figure '{id}' (known: {string.Join(", ", All.Select(f => f.Id))}).");
}
