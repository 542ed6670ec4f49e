using System.Xml.Linq;

namespace NetBalanceSim.Experiments.Tests.Figures;

/// <summary>The texts an SVG document draws (its &lt;text&gt; elements, trimmed); parsing it also proves it is well-formed XML.</summary>
internal static class SvgText
{
    public static IReadOnlyList<string> Of(string svg) =>
        [.. XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim())];
}
