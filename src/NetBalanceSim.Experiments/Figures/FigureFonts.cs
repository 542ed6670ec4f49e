using ScottPlot;
using SkiaSharp;

namespace NetBalanceSim.Experiments.Figures;

/// <summary>
/// Makes sure ScottPlot can draw text: it silently draws none when no font is found (STACK pitfall 5). DejaVu Sans
/// (regular and bold) ships inside this assembly (<c>Figures/Fonts</c>, with its licence) and is registered with
/// ScottPlot before any figure is drawn, so no system font is needed on any OS. If it cannot be loaded, a
/// <see cref="FigureException"/> says so.
/// </summary>
internal static class FigureFonts
{
    /// <summary>The resource name of the regular face.</summary>
    internal const string RegularResource = "NetBalanceSim.Experiments.Figures.Fonts.DejaVuSans.ttf";

    /// <summary>The resource name of the bold face.</summary>
    internal const string BoldResource = "NetBalanceSim.Experiments.Figures.Fonts.DejaVuSans-Bold.ttf";

    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>Registers the shipped font (once) and throws unless <see cref="FigureStyle.FontName"/> can be used.</summary>
    public static void EnsureUsable()
    {
        lock (Gate)
        {
            if (!_registered)
            {
                Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver(FigureStyle.FontName, Load(RegularResource), Load(BoldResource)));
                _registered = true;
            }
        }
        if (Problem(FigureStyle.FontName) is { } problem)
        {
            throw problem;
        }
    }

    /// <summary>The shipped font file <paramref name="resource"/> as a typeface.</summary>
    /// <param name="resource">The resource name.</param>
    /// <returns>The typeface.</returns>
    internal static SKTypeface Load(string resource)
    {
        using var stream = typeof(FigureFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new FigureException($"no usable font: the font resource '{resource}' is missing from {typeof(FigureFonts).Assembly.GetName().Name}.");
        return SKTypeface.FromStream(stream)
            ?? throw new FigureException($"no usable font: the font resource '{resource}' is not a font file.");
    }

    /// <summary>Why font <paramref name="fontName"/> cannot be used, or null if it can.</summary>
    /// <param name="fontName">The font family.</param>
    /// <returns>The error, or null.</returns>
    internal static FigureException? Problem(string fontName) =>
        IsUsable(fontName) ? null : new FigureException($"no usable font: ScottPlot cannot find '{fontName}', so it would draw no text.");

    private static bool IsUsable(string fontName)
    {
        var typeface = Fonts.GetTypeface(fontName, bold: false, italic: false);
        return typeface is not null
            && string.Equals(typeface.FamilyName, fontName, StringComparison.OrdinalIgnoreCase)
            && typeface.GlyphCount > 0;
    }

    /// <summary>Hands out the shipped typefaces for one family name; other names go to the next resolver.</summary>
    private sealed class EmbeddedFontResolver(string family, SKTypeface regularFace, SKTypeface boldFace) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            string.Equals(fontName, family, StringComparison.OrdinalIgnoreCase) ? (bold ? boldFace : regularFace) : null;

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);
    }
}
