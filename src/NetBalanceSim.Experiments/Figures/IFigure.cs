using ScottPlot;

namespace NetBalanceSim.Experiments.Figures;

/// <summary>
/// A figure as a recipe (STYLE §13): what it shows and how to draw it from the CSV tables of its
/// results folder. Recipes read tables only, never live simulation objects.
/// </summary>
public interface IFigure
{
    /// <summary>The figure's id, which names its files (<c>&lt;id&gt;.png</c>, <c>&lt;id&gt;.svg</c>) and is by default its scenario's name.</summary>
    string Id { get; }

    /// <summary>The scenario (and results folder) the figure is drawn from; several figures may share one.</summary>
    string Scenario => Id;

    /// <summary>The chart's title.</summary>
    string Title { get; }

    /// <summary>What the paper states about this figure, to compare with.</summary>
    string Description { get; }

    /// <summary>Draws the figure from the tables (the size is set when it is saved: <see cref="FigureSize.Default"/> unless <c>plot</c> is given another).</summary>
    /// <param name="data">The results folder's tables.</param>
    /// <returns>The plot; the caller disposes it.</returns>
    Plot Build(FigureData data);
}
