using System.Globalization;
using System.Text;
using NetBalanceSim.Experiments.Figures;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sensitivity;

namespace NetBalanceSim.Experiments.Tests.Sensitivity;

/// <summary>The analysis of a summary table whose metric is a known function of the factors.</summary>
public sealed class SensitivityAnalysisTests
{
    private static readonly IReadOnlyList<SensitivityFactor> Factors = SensitivityFactors.Select("kFwd,sigmaInterVm,cpuIdle");

    /// <summary>summary.csv of <paramref name="design"/> with relativeRuntimeMean = f(the point's values).</summary>
    private static SummaryTable Summary(SensitivityDesign design, Func<IReadOnlyDictionary<string, double>, double> f, string? extraRow = null)
    {
        var text = new StringBuilder("setup,n,relativeRuntimeMean,relativeRuntimeSd,relativeRuntimeCi95Low,relativeRuntimeCi95High,regretMean\n");
        foreach (var point in design.Points)
        {
            var y = f(point.Values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal));
            text.Append(CultureInfo.InvariantCulture, $"{point.Name},2,{y:R},0,{y:R},{y:R},\n");
        }
        text.Append(extraRow);
        return SummaryTable.From(CsvDocument.Parse(text.ToString(), "summary.csv"));
    }

    private static double Linear(IReadOnlyDictionary<string, double> x) => (10 * x["kFwd"]) + x["sigmaInterVm"];

    [Fact]
    public void LinearMetric_TornadoSwingsAreCoefficientTimesRange_MorrisEffectsLikewise()
    {
        var design = SensitivityDesign.Create(new Scenario(), Factors, SensitivityMethods.Both, 8, 4, 4);

        var result = SensitivityAnalysis.Analyse(Summary(design, Linear), "relativeRuntimeMean");

        Assert.Equal(["kFwd", "sigmaInterVm", "cpuIdle"], result.Tornado.Select(r => r.Factor));
        Assert.Equal([1.5, 0.3, 0.0], result.Tornado.Select(r => Math.Round(r.Swing, 9)));
        Assert.Equal((0.05, 0.1, 0.2), (result.Tornado[0].LowValue, result.Tornado[0].BaseValue, result.Tornado[0].HighValue));
        Assert.Equal(1.3, result.Tornado[0].MetricBase, 9); // 10 x 0.1 + 0.3
        Assert.Equal(["kFwd", "sigmaInterVm", "cpuIdle"], result.Morris.Select(m => m.Factor));
        Assert.Equal([1.5, 0.3, 0.0], result.Morris.Select(m => Math.Round(m.MuStar, 9)));
        Assert.Equal([1.5, 0.3, 0.0], result.Morris.Select(m => Math.Round(m.Mu, 9)));
        Assert.All(result.Morris, m => Assert.Equal(0, m.Sigma, 9));
        Assert.Equal(8, result.Trajectories);
        Assert.Equal(["kFwd", "sigmaInterVm", "cpuIdle"], result.TopThree);
    }

    [Fact]
    public void Tables_ListTheRankedRows()
    {
        var design = SensitivityDesign.Create(new Scenario(), Factors, SensitivityMethods.Both, 2, 4, 4);
        var result = SensitivityAnalysis.Analyse(Summary(design, Linear), "relativeRuntimeMean");

        var tornado = SensitivityTables.Tornado(result);
        var morris = SensitivityTables.Morris(result);
        var lines = SensitivityTables.ConsoleLines(result);

        Assert.Equal("kFwd", tornado.Rows[0][1]);
        Assert.Equal("1", tornado.Rows[0][0]);
        Assert.Equal(["rank", "factor", "sampled", "metric", "muStar", "mu", "sigma", "effects"], morris.Header);
        Assert.Equal("top three constants by tornado swing: kFwd, sigmaInterVm, cpuIdle", lines[^1]);
        Assert.Contains(lines, l => l.Contains("     1  kFwd", StringComparison.Ordinal));
    }

    [Fact]
    public void AMetricWithoutValues_OrAnotherSweepsTable_IsRefused()
    {
        var design = SensitivityDesign.Create(new Scenario(), Factors, SensitivityMethods.Tornado, 1, 4, 4);

        Assert.Contains("regretMean is empty", Assert.Throws<FigureException>(() => SensitivityAnalysis.Analyse(Summary(design, Linear), "regretMean")).Message, StringComparison.Ordinal);
        Assert.Contains("no metric column 'nope'", Assert.Throws<FigureException>(() => SensitivityAnalysis.Analyse(Summary(design, Linear), "nope")).Message, StringComparison.Ordinal);
        Assert.Contains("is not a case of a sensitivity sweep", Assert.Throws<FigureException>(() => SensitivityAnalysis.Analyse(Summary(design, Linear, "grid,2,1,0,1,1,\n"), "relativeRuntimeMean")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASummaryWithoutPoints_IsRefused()
    {
        var empty = SummaryTable.From(CsvDocument.Parse("setup,n,relativeRuntimeMean,relativeRuntimeSd,relativeRuntimeCi95Low,relativeRuntimeCi95High\n", "summary.csv"));

        Assert.Contains("summary.csv:1: has no points", Assert.Throws<FigureException>(() => SensitivityAnalysis.Analyse(empty, "relativeRuntimeMean")).Message, StringComparison.Ordinal);
    }
}
