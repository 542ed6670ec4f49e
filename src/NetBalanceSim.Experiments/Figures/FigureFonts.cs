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
            if (_checked)
            {
                return;
            }
            if (!IsUsable())
            {
                var file = Files.FirstOrDefault(File.Exists);
                if (file is not null)
                {
                    Fonts.AddFontFile(FigureStyle.FontName, file, bold: false, italic: false);
                }
                if (!IsUsable())
                {
                    throw new FigureException(
                        $"no usable font: ScottPlot cannot find '{FigureStyle.FontName}', so it would draw no text (install the DejaVu fonts, e.g. apt-get install fonts-dejavu-core).");
                }
            }
            _checked = true;
        }
    }

    private static bool IsUsable()
    {
        var typeface = Fonts.GetTypeface(FigureStyle.FontName, bold: false, italic: false);
        return typeface is not null
            && string.Equals(typeface.FamilyName, FigureStyle.FontName, StringComparison.OrdinalIgnoreCase)
            && typeface.GlyphCount > 0;
    }
}
