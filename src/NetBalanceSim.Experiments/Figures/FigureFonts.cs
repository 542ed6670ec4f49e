using ScottPlot;

namespace NetBalanceSim.Experiments.Figures;

/// <summary>
/// Makes sure ScottPlot can draw text: it silently draws none when no font is found (STACK pitfall 5). The font
/// is looked up by name and, failing that, loaded from the usual DejaVu file; if neither works, a
/// <see cref="FigureException"/> says so.
/// </summary>
internal static class FigureFonts
{
    private static readonly string[] Files =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/Library/Fonts/DejaVuSans.ttf",
        @"C:\Windows\Fonts\DejaVuSans.ttf",
    ];

    private static readonly Lock Gate = new();
    private static bool _checked;

    /// <summary>Throws unless <see cref="FigureStyle.FontName"/> can be used.</summary>
    public static void EnsureUsable()
    {
        lock (Gate)
        {
            if (!_checked)
            {
                var problem = Problem(FigureStyle.FontName, Files);
                if (problem is not null)
                {
                    throw problem;
                }
                _checked = true;
            }
        }
    }

    /// <summary>Why font <paramref name="fontName"/> cannot be used (after trying the first of <paramref name="files"/> that exists), or null if it can.</summary>
    /// <param name="fontName">The font family.</param>
    /// <param name="files">Font files to load it from if it is not found by name.</param>
    /// <returns>The error, or null.</returns>
    internal static FigureException? Problem(string fontName, IReadOnlyList<string> files)
    {
        if (IsUsable(fontName))
        {
            return null;
        }
        var file = files.FirstOrDefault(File.Exists);
        if (file is not null)
        {
            Fonts.AddFontFile(fontName, file, bold: false, italic: false);
            if (IsUsable(fontName))
            {
                return null;
            }
        }
        return new FigureException(
            $"no usable font: ScottPlot cannot find '{fontName}', so it would draw no text (install the DejaVu fonts, e.g. apt-get install fonts-dejavu-core).");
    }

    private static bool IsUsable(string fontName)
    {
        var typeface = Fonts.GetTypeface(fontName, bold: false, italic: false);
        return typeface is not null
            && string.Equals(typeface.FamilyName, fontName, StringComparison.OrdinalIgnoreCase)
            && typeface.GlyphCount > 0;
    }
}
