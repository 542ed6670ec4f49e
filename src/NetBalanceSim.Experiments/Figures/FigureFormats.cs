namespace NetBalanceSim.Experiments.Figures;

/// <summary>The file formats a figure is written in.</summary>
[Flags]
public enum FigureFormats
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>A PNG image.</summary>
    Png = 1,

    /// <summary>An SVG document (text as text, in DejaVu Sans).</summary>
    Svg = 2,

    /// <summary>Both.</summary>
    Both = Png | Svg,
}

/// <summary>Parses <c>--format</c>.</summary>
public static class FigureFormatList
{
    /// <summary>Parses a comma-separated list such as <c>png,svg</c> (case-insensitive); anything else is a <see cref="FigureException"/>.</summary>
    /// <param name="text">The list.</param>
    /// <returns>The formats.</returns>
    public static FigureFormats Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var formats = FigureFormats.None;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            formats |= part.ToUpperInvariant() switch
            {
                "PNG" => FigureFormats.Png,
                "SVG" => FigureFormats.Svg,
                _ => throw new FigureException($"unknown format '{part}' in --format (known: png, svg)."),
            };
        }
        return formats;
    }
}
