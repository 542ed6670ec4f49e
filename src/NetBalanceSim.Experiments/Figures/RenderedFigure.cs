namespace NetBalanceSim.Experiments.Figures;

/// <summary>What <see cref="FigureRenderer"/> wrote.</summary>
/// <param name="FigureId">The figure drawn (<c>fig5</c> .. <c>fig10</c>).</param>
/// <param name="PngPath">The PNG file (<c>&lt;id&gt;.png</c> in the results folder).</param>
/// <param name="SvgPath">The SVG file (<c>&lt;id&gt;.svg</c> in the results folder).</param>
public sealed record RenderedFigure(string FigureId, string PngPath, string SvgPath);
