namespace NetBalanceSim.Experiments.Figures;

/// <summary>The paper's figures 5 to 10 by id (<c>fig5</c> .. <c>fig10</c>).</summary>
public static class FigureCatalog
{
    /// <summary>Every figure, in the paper's order.</summary>
    public static IReadOnlyList<IFigure> All { get; } =
        [new Figure5(), new Figure6(), new Figure7(), new Figure8(), new Figure9(), new Figure10()];

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
