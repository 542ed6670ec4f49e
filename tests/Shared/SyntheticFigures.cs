using System.Globalization;
using System.Text;

namespace NetBalanceSim.Tests;

/// <summary>
/// Summary tables of figures 6 to 10 with chosen relative runtimes under which every paper statement S1 .. S10 holds
/// (the numbers are in the constructor); tests change single points to make one statement fail by a known distance.
/// </summary>
internal sealed class SyntheticFigures
{
    private static readonly string[] Topologies = ["internet", "grid", "campus", "waxman"];

    public SyntheticFigures()
    {
        double[] fig6Base = [0.62, 0.50, 0.58, 0.64];
        foreach (var (topology, i) in Topologies.Select((t, i) => (t, i)))
        {
            foreach (var to in new[] { 0.125, 0.25, 0.5, 1, 2, 4, 8, 10 })
            {
                // Best at 1 s (0.05 below 0.125 s), 2 s only 0.01 worse than 1 s, 8 s clearly worse, Tp = To nothing.
                var mean = to switch { 1 => fig6Base[i] - 0.05, 2 => fig6Base[i] - 0.04, 8 => fig6Base[i] + 0.05, 10 => 1, _ => fig6Base[i] };
                Set("fig6", mean, ("ToSeconds", to), ("topology", topology));
            }
        }
        double[][] fig7 = [[1, 0.85, 0.70, 0.65, 0.66], [1, 0.55, 0.45, 0.46, 0.50], [1, 0.65, 0.58, 0.60, 0.62], [1, 0.86, 0.72, 0.66, 0.67]];
        double[] tps = [1, 2, 4, 8, 16];
        for (var t = 0; t < tps.Length; t++)
        {
            for (var i = 0; i < Topologies.Length; i++)
            {
                Set("fig7", fig7[i][t], ("TpSeconds", tps[t]), ("topology", Topologies[i]));
            }
        }
        double[][] fig8 = [[0.55, 0.70, 0.80, 0.90], [0.45, 0.50, 0.60, 0.75], [0.40, 0.45, 0.50, 0.60], [0.45, 0.45, 0.48, 0.50]];
        double[] memoryTps = [2, 4, 8, 16];
        for (var t = 0; t < memoryTps.Length; t++)
        {
            foreach (var (memory, m) in new[] { 10, 25, 50, 100 }.Select((v, m) => (v, m)))
            {
                Set("fig8", fig8[t][m], ("TpSeconds", memoryTps[t]), ("MemoryMB", memory));
            }
        }
        foreach (var (rate, r) in new[] { 5, 10, 20, 40 }.Select((v, r) => (v, r)))
        {
            Set("fig9", new[] { 0.70, 0.55, 0.45, 0.40 }[r], ("TpSeconds", 2), ("RateMbps", rate));
            Set("fig9", 0.42, ("TpSeconds", 8), ("RateMbps", rate));
        }
        foreach (var cpus in new[] { 4, 8, 16, 32, 64, 128, 256, 512 })
        {
            foreach (var perNode in new[] { 1, 2, 4, 8 }.Where(p => p <= cpus))
            {
                var mean = cpus switch { 128 => 0.50, 256 => 0.60, 512 => 0.70, 32 when perNode == 1 => 0.30, _ => 0.40 };
                Set("fig10", mean, ("totalCpus", cpus), ("cpusPerNode", perNode));
            }
        }
    }

    /// <summary>Each figure's points in order: the swept keys' names and values, and the mean.</summary>
    public Dictionary<string, List<((string Key, string Value)[] Point, double Mean)>> Figures { get; } = new(StringComparer.Ordinal);

    /// <summary>Sets (or adds) the mean relative runtime of one point.</summary>
    public SyntheticFigures Set(string figure, double mean, params (string Key, object Value)[] point)
    {
        var values = point.Select(p => (p.Key, Convert.ToString(p.Value, CultureInfo.InvariantCulture)!)).ToArray();
        if (!Figures.TryGetValue(figure, out var rows))
        {
            Figures[figure] = rows = [];
        }
        var index = rows.FindIndex(r => r.Point.SequenceEqual(values));
        if (index >= 0)
        {
            rows[index] = (values, mean);
        }
        else
        {
            rows.Add((values, mean));
        }
        return this;
    }

    /// <summary>A figure's summary.csv: the swept keys, then n and the relative runtime's columns.</summary>
    public string Csv(string figure)
    {
        var rows = Figures[figure];
        var text = new StringBuilder();
        text.Append(string.Join(",", rows[0].Point.Select(p => p.Key))).Append(",n,relativeRuntimeMean,relativeRuntimeSd,relativeRuntimeCi95Low,relativeRuntimeCi95High\n");
        foreach (var (point, mean) in rows)
        {
            text.Append(string.Join(",", point.Select(p => p.Value))).Append(CultureInfo.InvariantCulture, $",5,{mean:R},0.01,{mean - 0.01:R},{mean + 0.01:R}\n");
        }
        return text.ToString();
    }

    /// <summary>Writes <c>root/figN/summary.csv</c> for every figure.</summary>
    public void WriteTo(string root)
    {
        foreach (var figure in Figures.Keys)
        {
            Directory.CreateDirectory(Path.Combine(root, figure));
            File.WriteAllText(Path.Combine(root, figure, "summary.csv"), Csv(figure));
        }
    }
}
