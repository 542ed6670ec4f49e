using NetBalanceSim.Experiments.Figures;
using NetBalanceSim.Experiments.Output;

namespace NetBalanceSim.Cli.Commands;

/// <summary>
/// Which figures <c>plot</c> draws: a user's sweep figure (<c>--x</c>, with <c>--series</c>, <c>--y</c>,
/// <c>--panel</c>, <c>--title</c>), a catalog figure (<c>--figure</c>; the sweep options change a preset), or
/// the figures of the scenario named in the folder's manifest. A panel key gives one figure per value.
/// </summary>
internal static class PlotSelection
{
    public static IReadOnlyList<IFigure> Figures(string folder, string? figureId, string? x, string? series, string? y, string? panel, string? title, FigureData data)
    {
        var sweepOptions = new (string Name, string? Value)[] { ("--series", series), ("--y", y), ("--panel", panel), ("--title", title) };
        IReadOnlyList<IFigure> figures;
        if (figureId is not null)
        {
            var figure = FigureRenderer.Figures(folder, figureId)[0];
            if (figure is SweepFigure preset)
            {
                var spec = preset.Spec with { X = x ?? preset.Spec.X, Series = series ?? preset.Spec.Series, Y = y ?? preset.Spec.Y };
                spec = spec with { Panel = panel ?? spec.Panel, Title = title ?? spec.Title, XScale = x is null ? spec.XScale : null };
                figure = new SweepFigure(preset.Id, spec, preset.Scenario, preset.Description);
            }
            else if (new[] { ("--x", x) }.Concat(sweepOptions).FirstOrDefault(o => o.Item2 is not null) is { Item1: { } name })
            {
                throw new UsageException($"{name} applies to the sweep figures (fig6 .. fig10 or --x), not to {figure.Id}.");
            }
            figures = [figure];
        }
        else if (x is not null)
        {
            if (!Directory.Exists(folder))
            {
                throw new FigureException($"{folder}: no such results folder.");
            }
            var spec = new SweepSpec(x, series, y ?? SummaryColumns.RelativeRuntimeMean) { Panel = panel, Title = title };
            figures = [new SweepFigure(spec.FileStem, spec)];
        }
        else if (sweepOptions.FirstOrDefault(o => o.Value is not null) is { Name: { } name })
        {
            throw new UsageException($"{name} needs --x (the swept key on the x axis) or --figure.");
        }
        else
        {
            figures = FigureRenderer.Figures(folder, null);
        }
        return [.. figures.SelectMany<IFigure, IFigure>(f => f is SweepFigure sweep ? sweep.Panels(data) : [f])];
    }
}
