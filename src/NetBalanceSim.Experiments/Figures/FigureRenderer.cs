using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NetBalanceSim.Experiments.Output;
using ScottPlot;
using SharedSource;

namespace NetBalanceSim.Experiments.Figures;

/// <summary>
/// Draws a figure from the CSV files of a results folder and writes <c>&lt;id&gt;.png</c> and <c>&lt;id&gt;.svg</c>
/// beside them, each atomically, at <see cref="FigureSize.Default"/> unless a size is given. The
/// output does not depend on the current culture, and the same CSV gives the same SVG bytes.
/// </summary>
public static partial class FigureRenderer
{
    /// <summary>Draws one figure of results folder <paramref name="directory"/> from its CSV files.</summary>
    /// <param name="directory">The results folder (holding <c>summary.csv</c> or <c>tau-trace.csv</c>).</param>
    /// <param name="figureId">The figure (e.g. <c>fig7</c>); null takes the first figure of the scenario named in the folder's <c>manifest.json</c>.</param>
    /// <returns>The files written.</returns>
    public static RenderedFigure Render(string directory, string? figureId = null) => RenderAll(directory, figureId)[0];

    /// <summary>Draws the figures of results folder <paramref name="directory"/> from its CSV files.</summary>
    /// <param name="directory">The results folder (holding <c>summary.csv</c> or <c>tau-trace.csv</c>).</param>
    /// <param name="figureId">The figure (e.g. <c>fig7</c>); null draws every figure of the scenario named in the folder's <c>manifest.json</c>.</param>
    /// <returns>The files written, one entry per figure.</returns>
    public static IReadOnlyList<RenderedFigure> RenderAll(string directory, string? figureId = null)
    {
        var figures = Figures(directory, figureId);
        var data = FigureData.FromDirectory(directory);
        return [.. figures.Select(figure => Render(figure, data, directory))];
    }

    /// <summary>The figures <c>plot</c> draws for a results folder: <paramref name="figureId"/>, or those of the scenario its manifest names.</summary>
    /// <param name="directory">The results folder.</param>
    /// <param name="figureId">The figure, or null.</param>
    /// <returns>The recipes.</returns>
    /// <exception cref="FigureException">The folder does not exist, or the figure is unknown.</exception>
    public static IReadOnlyList<IFigure> Figures(string directory, string? figureId)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new FigureException($"{directory}: no such results folder.");
        }
        return figureId is null ? FigureCatalog.ForScenario(FigureIdOf(directory)) : [FigureCatalog.Get(figureId)];
    }

    /// <summary>Draws <paramref name="figure"/> from <paramref name="data"/> into <paramref name="directory"/>.</summary>
    /// <param name="figure">The recipe.</param>
    /// <param name="data">The tables.</param>
    /// <param name="directory">The folder to write <c>&lt;id&gt;.png</c> and <c>&lt;id&gt;.svg</c> into.</param>
    /// <returns>The files written.</returns>
    public static RenderedFigure Render(IFigure figure, FigureData data, string directory)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var (png, svg) = Draw(figure, data);
        var pngPath = Path.Combine(directory, figure.Id + ".png");
        var svgPath = Path.Combine(directory, figure.Id + ".svg");
        AtomicFile.Write(pngPath, stream => stream.Write(png));
        AtomicFile.WriteAllText(svgPath, svg);
        return new RenderedFigure(figure.Id, pngPath, svgPath);
    }

    /// <summary>Draws <paramref name="figure"/> from <paramref name="data"/> as PNG bytes and SVG text at the default size.</summary>
    /// <param name="figure">The recipe.</param>
    /// <param name="data">The tables.</param>
    /// <returns>The PNG file's bytes and the SVG document.</returns>
    public static (byte[] Png, string Svg) Draw(IFigure figure, FigureData data)
    {
        var files = Draw(figure, data, FigureSize.Default, FigureFormats.Both);
        return (files.Png!, files.Svg!);
    }

    /// <summary>Draws <paramref name="figure"/> from <paramref name="data"/> at <paramref name="size"/> in <paramref name="formats"/>.</summary>
    /// <param name="figure">The recipe.</param>
    /// <param name="data">The tables.</param>
    /// <param name="size">The size and scale.</param>
    /// <param name="formats">The formats to draw (a format not asked for is null).</param>
    /// <returns>The PNG file's bytes and the SVG document.</returns>
    public static (byte[]? Png, string? Svg) Draw(IFigure figure, FigureData data, FigureSize size, FigureFormats formats)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(size);
        size.Checked();
        FigureFonts.EnsureUsable();
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            using var plot = figure.Build(data);
            plot.ScaleFactor = (float)size.Scale;
            var png = formats.HasFlag(FigureFormats.Png) ? plot.GetImageBytes(size.PixelWidth, size.PixelHeight, ImageFormat.Png) : null;
            var svg = formats.HasFlag(FigureFormats.Svg) ? NormalizeSvg(plot.GetSvgXml(size.PixelWidth, size.PixelHeight)) : null;
            return (png, svg);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    /// <summary>The scenario named in <paramref name="directory"/>'s <c>manifest.json</c>, checked to have figures.</summary>
    /// <param name="directory">The results folder.</param>
    /// <returns>The scenario name, such as <c>fig7</c> or <c>strategies</c>.</returns>
    public static string FigureIdOf(string directory)
    {
        var path = Path.Combine(directory, Manifest.FileName);
        if (!File.Exists(path))
        {
            throw new FigureException($"{directory}: no {Manifest.FileName} to say which figure this is; pass a figure id ({Known}).");
        }
        string? name;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            name = document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("scenario", out var scenario)
                && scenario.ValueKind == JsonValueKind.Object
                && scenario.TryGetProperty("name", out var value)
                && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
        catch (JsonException ex)
        {
            throw new FigureException($"{path}: not valid JSON ({FirstLine(ex.Message)}).", ex);
        }
        if (name is null)
        {
            throw new FigureException($"{path}: no scenario name (\"scenario\": {{ \"name\": ... }}); pass a figure id ({Known}).");
        }
        if (FigureCatalog.ForScenario(name).Count == 0)
        {
            throw new FigureException($"{path}: scenario '{name}' is not one of the figures; pass a figure id ({Known}).");
        }
        return name;
    }

    private static string Known => string.Join(", ", FigureCatalog.All.Select(f => f.Id));

    private static string FirstLine(string text) => text.Split('\n')[0].TrimEnd('\r');

    /// <summary>Numbers the SVG's resource ids (clip paths and the like) from 0 in order of appearance: Skia counts them per process.</summary>
    private static string NormalizeSvg(string svg)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return ResourceId().Replace(svg, match =>
        {
            var id = match.Groups["id"].Value;
            if (!ids.TryGetValue(id, out var renamed))
            {
                renamed = string.Create(CultureInfo.InvariantCulture, $"{match.Groups["kind"].Value}_{ids.Count}");
                ids.Add(id, renamed);
            }
            return match.Groups["before"].Value + renamed;
        });
    }

    [GeneratedRegex(@"(?<before>id=""|url\(#|href=""#)(?<id>(?<kind>[a-z]+)_[0-9a-f]+)\b")]
    private static partial Regex ResourceId();
}
