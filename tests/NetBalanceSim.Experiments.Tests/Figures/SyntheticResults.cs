using System.Globalization;
using System.Text;

namespace NetBalanceSim.Experiments.Tests.Figures;

/// <summary>
/// Small synthetic results folders for every figure: a summary.csv (or tau-trace.csv) shaped like the runner's,
/// with values from fixed formulas, and a manifest.json naming the figure's scenario. Deleted on dispose.
/// </summary>
internal sealed class SyntheticResults : IDisposable
{
    private const string SummaryTail = "n,relativeRuntimeMean,relativeRuntimeSd,relativeRuntimeCi95Low,relativeRuntimeCi95High,runtimeNetBalanceSecondsMean,runtimeBaselineSecondsMean,replacementsDeployedMean,migrationsMean,reconfigurationSecondsMean";

    public SyntheticResults() => Root = Directory.CreateTempSubdirectory("nbs-fig-").FullName;

    public string Root { get; }

    /// <summary>The legend texts each figure's synthetic table must produce.</summary>
    public static IReadOnlyDictionary<string, string[]> Legends { get; } = new Dictionary<string, string[]>
    {
        ["fig5"] = ["without NETbalance", "with NETbalance"],
        ["fig6"] = ["internet", "grid", "campus", "waxman"],
        ["fig7"] = ["internet", "grid", "campus", "waxman"],
        ["fig8"] = ["10 MB", "25 MB", "50 MB", "100 MB"],
        ["fig9"] = ["5 Mbit/s", "10 Mbit/s", "20 Mbit/s"],
        ["fig10"] = ["1 CPU per node", "2 CPUs per node", "4 CPUs per node", "8 CPUs per node"],
        ["strategies"] = ["strategy (mean, 95% interval)", "annealing", "annealing+fresh", "greedy", "static", "oracle", "bound"],
        ["strategies-tradeoff"] = ["strategy", "annealing", "annealing+fresh", "greedy", "oracle"],
        ["learned-to"] = ["To (mean, 95% interval)", "best fixed To", "learned To", "10% above the best"],
        ["predictors"] = ["0", "0.3"],
        ["predictors-error"] = ["0", "0.3"],
    };

    /// <summary>The scenario whose results folder a figure is drawn from.</summary>
    public static string ScenarioOf(string figureId) =>
        figureId.StartsWith("strategies", StringComparison.Ordinal) ? "strategies" : figureId.StartsWith("predictors", StringComparison.Ordinal) ? "predictors" : figureId;

    /// <summary>Writes the folder of <paramref name="figureId"/> and returns its path.</summary>
    public string Folder(string figureId)
    {
        var directory = Path.Combine(Root, figureId);
        Directory.CreateDirectory(directory);
        var scenario = ScenarioOf(figureId);
        File.WriteAllText(Path.Combine(directory, "manifest.json"), $$"""{ "scenarioFile": "scenarios/{{scenario}}.json", "scenario": { "name": "{{scenario}}", "repetitions": 3 } }""" + "\n");
        if (scenario == "strategies")
        {
            File.WriteAllText(Path.Combine(directory, "summary.csv"), Strategies());
            return directory;
        }
        if (scenario == "predictors")
        {
            File.WriteAllText(Path.Combine(directory, "summary.csv"), Predictors());
            return directory;
        }
        if (figureId == "learned-to")
        {
            File.WriteAllText(Path.Combine(directory, "summary.csv"), LearnedTo());
            return directory;
        }
        if (figureId == "fig5")
        {
            File.WriteAllText(Path.Combine(directory, "tau-trace.csv"), TauTrace());
            return directory;
        }
        var summary = figureId switch
        {
            "fig6" => Summary("ToSeconds,topology", [0.125, 0.25, 0.5, 1, 2, 4, 10], Legends["fig6"], (x, i) => 0.5 + (0.02 * i) + (0.01 * Math.Abs(Math.Log2(x)))),
            "fig7" => Summary("TpSeconds,topology", [1, 2, 4, 8, 16, 32, 64], Legends["fig7"], (x, i) => 0.9 - (0.1 * i) - (0.05 * Math.Log2(x))),
            "fig8" => Summary("TpSeconds,MemoryMB", [1, 2, 4, 8, 16, 32, 64], ["10", "25", "50", "100"], (x, i) => 1.3 + (0.1 * i) - (0.15 * Math.Log2(x))),
            "fig9" => Summary("TpSeconds,RateMbps", [1, 2, 4, 8, 16, 32, 64], ["5", "10", "20"], (x, i) => 0.95 - (0.1 * i) - (0.04 * Math.Log2(x))),
            "fig10" => Summary("totalCpus,cpusPerNode", [4, 8, 16, 32, 64, 128, 256, 512], ["1", "2", "4", "8"], (x, i) => 0.35 + (0.05 * i) + (x >= 128 ? 0.1 * Math.Log2(x / 64) : 0)),
            _ => throw new ArgumentException(figureId),
        };
        File.WriteAllText(Path.Combine(directory, "summary.csv"), summary);
        return directory;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>
    /// Series-major rows (series in order, x ascending) with sd 0.02 and n = 3; the first point of the last series
    /// has n = 1 (empty interval), and in fig10 a series cannot make fewer CPUs than one node has.
    /// </summary>
    private static string Summary(string keys, double[] xs, string[] series, Func<double, int, double> mean)
    {
        var text = new StringBuilder().Append(keys).Append(',').Append(SummaryTail).Append('\n');
        for (var i = 0; i < series.Length; i++)
        {
            foreach (var x in xs)
            {
                if (keys.StartsWith("totalCpus", StringComparison.Ordinal) && x < double.Parse(series[i], CultureInfo.InvariantCulture))
                {
                    continue;
                }
                var m = mean(x, i);
                var single = i == series.Length - 1 && x == xs[0];
                string[] fields = single
                    ? [Number(x), series[i], "1", Number(m), "", "", ""]
                    : [Number(x), series[i], "3", Number(m), "0.02", Number(m - 0.05), Number(m + 0.05)];
                text.Append(string.Join(',', fields))
                    .Append(",1000,2000,15,100,12.5\n");
            }
        }
        return text.ToString();
    }

    /// <summary>Three predictors at two noise levels with the relative runtime and the prediction error, each with an interval.</summary>
    private static string Predictors()
    {
        var text = new StringBuilder("predictor,monitorNoise,").Append(SummaryTail).Append(",predictionErrorDemandMean,predictionErrorDemandCi95Low,predictionErrorDemandCi95High\n");
        string[] predictors = ["lastValue", "ewma", "tendency"];
        string[] noises = ["0", "0.3"];
        for (var p = 0; p < predictors.Length; p++)
        {
            for (var n = 0; n < noises.Length; n++)
            {
                var m = 0.5 + (0.02 * p) + (0.1 * n);
                var error = 0.1 + (0.05 * p) + (0.2 * n);
                text.Append(string.Join(',', [predictors[p], noises[n], "3", Number(m), "0.02", Number(m - 0.04), Number(m + 0.04)]))
                    .Append(",1000,2000,15,100,12.5,").Append(string.Join(',', [Number(error), Number(error - 0.02), Number(error + 0.02)])).Append('\n');
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// Fixed To of 0.5, 1 and 2 s and a learned To on two topologies; the best fixed To is 1 s on the first, 2 s on the
    /// second, and the learned one lies between the best and 10% above it.
    /// </summary>
    private static string LearnedTo()
    {
        var text = new StringBuilder("setup,topology,").Append(SummaryTail).Append(",toSecondsMean\n");
        string[] topologies = ["internet", "grid"];
        (string Setup, double To)[] setups = [("0.5 s", 0.5), ("1 s", 1), ("2 s", 2), ("learned", 1.4)];
        for (var t = 0; t < topologies.Length; t++)
        {
            foreach (var (setup, to) in setups)
            {
                var m = setup == "learned" ? 0.52 + (0.1 * t) : 0.5 + (0.1 * t) + (0.05 * Math.Abs(Math.Log2(to) - t));
                text.Append(string.Join(',', [setup, topologies[t], "3", Number(m), "0.02", Number(m - 0.04), Number(m + 0.04)]))
                    .Append(",1000,2000,15,100,12.5,").Append(Number(to)).Append('\n');
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// Every strategy on three setups with the columns the strategy figures read; static deploys nothing (empty
    /// per-deployment fields) and the oracle's first setup has n = 1 (empty interval).
    /// </summary>
    private static string Strategies()
    {
        var text = new StringBuilder("setup,strategy,").Append(SummaryTail)
            .Append(",migrationsPerDeploymentMean,reconfigurationSecondsPerDeploymentMean,qualityAfterDeploymentMean,movesEvaluatedMean,relativeBoundMean,regretMean,regretCi95Low,regretCi95High\n");
        string[] setups = ["grid", "campus", "grid 8x1"];
        string[] strategies = ["annealing", "annealing+fresh", "greedy", "static", "oracle"];
        for (var s = 0; s < setups.Length; s++)
        {
            for (var i = 0; i < strategies.Length; i++)
            {
                var m = strategies[i] == "static" ? 1.0 : 0.3 + (0.1 * s) + (0.05 * i);
                var single = strategies[i] == "oracle" && s == 0;
                string[] fields = single
                    ? [setups[s], strategies[i], "1", Number(m), "", "", ""]
                    : [setups[s], strategies[i], "3", Number(m), "0.02", Number(m - 0.04), Number(m + 0.04)];
                var deployed = strategies[i] != "static";
                text.Append(string.Join(',', fields)).Append(",1000,2000,15,100,12.5,")
                    .Append(deployed ? Number(20 * (i + 1) * (s + 1)) : "").Append(',').Append(deployed ? "1.5" : "").Append(',')
                    .Append(deployed ? Number(1.2 + (0.3 * i) + (0.1 * s)) : "").Append(",50000,").Append(Number(0.2 + (0.05 * s)))
                    .Append(",0.1,0.05,0.15\n");
            }
        }
        return text.ToString();
    }

    /// <summary>Two repetitions of both variants over 600 virtual seconds, with a suspension (tau = inf) in the NETbalance run.</summary>
    private static string TauTrace()
    {
        var text = new StringBuilder("variant,repetition,realSeconds,virtualSeconds,tau,cause\n");
        for (var rep = 0; rep < 2; rep++)
        {
            text.Append(CultureInfo.InvariantCulture, $"netbalance,{rep},0,0,4.8,start\n");
            var real = 0.0;
            for (var change = 1; change <= 4; change++)
            {
                var v = change * 120.0;
                real += 120 * (change == 1 ? 4.8 : 5.5);
                text.Append(CultureInfo.InvariantCulture, $"netbalance,{rep},{Number(real)},{Number(v)},{Number(9 + change)},sinkChange\n");
                text.Append(CultureInfo.InvariantCulture, $"netbalance,{rep},{Number(real + 10)},{Number(v + 10)},inf,suspend\n");
                text.Append(CultureInfo.InvariantCulture, $"netbalance,{rep},{Number(real + 20)},{Number(v + 10)},{Number(5.5 + rep)},resume\n");
            }
            text.Append(CultureInfo.InvariantCulture, $"netbalance,{rep},{Number(real + 700)},600,5.5,end\n");
            text.Append(CultureInfo.InvariantCulture, $"baseline,{rep},0,0,4.8,start\n");
            for (var change = 1; change <= 4; change++)
            {
                text.Append(CultureInfo.InvariantCulture, $"baseline,{rep},{Number(change * 1000.0)},{Number(change * 120.0)},{Number(9 + change)},sinkChange\n");
            }
            text.Append(CultureInfo.InvariantCulture, $"baseline,{rep},6000,600,13,end\n");
        }
        return text.ToString();
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
