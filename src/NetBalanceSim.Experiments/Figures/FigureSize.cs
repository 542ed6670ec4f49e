using System.Globalization;

namespace NetBalanceSim.Experiments.Figures;

/// <summary>
/// The size a figure is drawn at: <see cref="Width"/> x <see cref="Height"/> layout pixels, everything (text,
/// lines, margins) scaled by <see cref="Scale"/>, so the files are Width x Scale by Height x Scale pixels.
/// </summary>
/// <param name="Width">The width in layout pixels (100 to 10000).</param>
/// <param name="Height">The height in layout pixels (100 to 10000).</param>
/// <param name="Scale">The scale factor (0.25 to 8), e.g. 2 for a high-resolution PNG.</param>
public sealed record FigureSize(int Width, int Height, double Scale = 1)
{
    /// <summary>The paper's size: 800 x 500 at scale 1.</summary>
    public static FigureSize Default { get; } = new(FigureStyle.Width, FigureStyle.Height);

    /// <summary>The width of the files in pixels.</summary>
    public int PixelWidth => (int)Math.Round(Width * Scale);

    /// <summary>The height of the files in pixels.</summary>
    public int PixelHeight => (int)Math.Round(Height * Scale);

    /// <summary>Throws a one-line <see cref="FigureException"/> unless the size is within its limits.</summary>
    /// <returns>This size.</returns>
    public FigureSize Checked()
    {
        if (Width is < 100 or > 10000 || Height is < 100 or > 10000)
        {
            throw new FigureException(string.Create(CultureInfo.InvariantCulture, $"--width and --height must be 100 to 10000 pixels (got {Width} x {Height})."));
        }
        if (!(Scale >= 0.25 && Scale <= 8))
        {
            throw new FigureException(string.Create(CultureInfo.InvariantCulture, $"--scale must be 0.25 to 8 (got {Scale})."));
        }
        return this;
    }
}
