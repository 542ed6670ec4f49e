using System.Globalization;
using NetBalanceSim.Experiments.Output;

namespace NetBalanceSim.Experiments.Sensitivity;

/// <summary>The analysis as <c>tornado.csv</c> and <c>morris.csv</c>, and the ranked tornado as console text.</summary>
public static class SensitivityTables
{
    /// <summary>The tornado table's file name.</summary>
    public const string TornadoFile = "tornado.csv";

    /// <summary>The Morris table's file name.</summary>
    public const string MorrisFile = "morris.csv";

    /// <summary>The columns of <c>tornado.csv</c> (docs/columns.md).</summary>
    public static IReadOnlyList<string> TornadoColumns { get; } =
        ["rank", "factor", "range", "lowValue", "baseValue", "highValue", "metric", "metricAtLow", "metricAtBase", "metricAtHigh", "effectLow", "effectHigh", "swing"];

    /// <summary>The columns of <c>morris.csv</c> (docs/columns.md).</summary>
    public static IReadOnlyList<string> MorrisColumns { get; } = ["rank", "factor", "sampled", "metric", "muStar", "mu", "sigma", "effects"];

    /// <summary>
    /// <c>tornado.csv</c>: rank, factor, its low, base and high value, the metric at each, the effects of the low and
    /// high end against the base, and the swing |metric at high - metric at low|; ranked by swing.
    /// </summary>
    /// <param name="result">The analysis.</param>
    /// <returns>The table.</returns>
    public static CsvTable Tornado(SensitivityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var table = new CsvTable(TornadoColumns);
        foreach (var row in result.Tornado)
        {
            table.Add(
                CsvTable.Number(row.Rank), row.Factor, SensitivityFactors.Find(row.Factor)?.DescribeRange() ?? "",
                CsvTable.Number(row.LowValue), CsvTable.Number(row.BaseValue), CsvTable.Number(row.HighValue), result.Metric,
                CsvTable.Number(row.MetricLow), CsvTable.Number(row.MetricBase), CsvTable.Number(row.MetricHigh),
                CsvTable.Number(row.MetricLow - row.MetricBase), CsvTable.Number(row.MetricHigh - row.MetricBase), CsvTable.Number(row.Swing));
        }
        return table;
    }

    /// <summary><c>morris.csv</c>: rank, factor, what was sampled, mu*, mu, sigma and the number of effects; ranked by mu*.</summary>
    /// <param name="result">The analysis.</param>
    /// <returns>The table.</returns>
    public static CsvTable Morris(SensitivityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var table = new CsvTable(MorrisColumns);
        foreach (var index in result.Morris)
        {
            table.Add(
                CsvTable.Number(index.Rank), index.Factor, SensitivityFactors.Find(index.Factor)?.DescribeMorrisRange() ?? "", result.Metric,
                CsvTable.Number(index.MuStar), CsvTable.Number(index.Mu), CsvTable.Number(index.Sigma), CsvTable.Number(index.Effects));
        }
        return table;
    }

    /// <summary>The ranked tornado (and Morris) tables as plain text, invariant culture, ending with the top three factors.</summary>
    /// <param name="result">The analysis.</param>
    /// <returns>The lines.</returns>
    public static IReadOnlyList<string> ConsoleLines(SensitivityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var inv = CultureInfo.InvariantCulture;
        var lines = new List<string>();
        if (result.Tornado.Count > 0)
        {
            var width = Math.Max(6, result.Tornado.Max(r => r.Factor.Length));
            lines.Add(string.Create(inv, $"tornado of {result.Metric} (base {result.Tornado[0].MetricBase:F4}), ranked by swing:"));
            lines.Add(string.Create(inv, $"  rank  {"factor".PadRight(width)}  {"low",10}  {"high",10}  {"at low",8}  {"at high",8}  {"swing",8}"));
            lines.AddRange(result.Tornado.Select(r => string.Create(inv,
                $"  {r.Rank,4}  {r.Factor.PadRight(width)}  {Short(r.LowValue),10}  {Short(r.HighValue),10}  {r.MetricLow,8:F4}  {r.MetricHigh,8:F4}  {r.Swing,8:F4}")));
        }
        if (result.Morris.Count > 0)
        {
            var width = Math.Max(6, result.Morris.Max(m => m.Factor.Length));
            lines.Add(string.Create(inv, $"Morris elementary effects of {result.Metric} ({result.Trajectories} trajectories), ranked by mu*:"));
            lines.Add(string.Create(inv, $"  rank  {"factor".PadRight(width)}  {"mu*",9}  {"mu",9}  {"sigma",9}"));
            lines.AddRange(result.Morris.Select(m => string.Create(inv,
                $"  {m.Rank,4}  {m.Factor.PadRight(width)}  {m.MuStar,9:F4}  {m.Mu,9:F4}  {m.Sigma,9:F4}")));
        }
        var by = result.Tornado.Count > 0 ? "by tornado swing" : "by Morris mu*";
        lines.Add($"top three constants {by}: {string.Join(", ", result.TopThree)}");
        return lines;
    }

    private static string Short(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
