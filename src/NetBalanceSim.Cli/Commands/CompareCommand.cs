using System.CommandLine;
using System.Globalization;
using NetBalanceSim.Experiments.Figures;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Statistics;

namespace NetBalanceSim.Cli.Commands;

/// <summary>
/// <c>netbalance-sim compare RESULTS_DIR --a KEY=VALUE[,KEY=VALUE] --b KEY=VALUE[,...] [--metric COLUMN]</c>: the paired
/// difference b - a of a <c>runs.csv</c> column (with NETbalance) between two points of a sweep, matched by repetition,
/// beside both points' means and the unpaired (Welch) interval for contrast.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("results-dir") { Description = "A results folder of a sweep, e.g. results/fig7 (its runs.csv is read)." };
        var a = new Option<string>("--a") { Description = "Point a: KEY=VALUE of swept keys, comma-separated, e.g. --a TpSeconds=5,MemoryMB=10.", Required = true };
        var b = new Option<string>("--b") { Description = "Point b, as --a; the difference is b - a.", Required = true };
        var metric = new Option<string>("--metric")
        {
            Description = "A numeric column of runs.csv (the run with NETbalance) [default: relativeRuntime].",
            DefaultValueFactory = _ => PairedTable.Metric,
        };
        var command = new Command("compare", "Compare two points of a sweep's results: the paired difference b - a of relativeRuntime (or --metric) over the repetitions both have (the same seed at both), with its 95% interval, beside the unpaired one.")
        {
            directory, a, b, metric,
        };
        command.SetAction(parse =>
        {
            var runs = CsvDocument.Load(Path.Combine(parse.GetValue(directory)!, "runs.csv"));
            var variant = runs.Require("variant");
            var keys = runs.Header.Take(variant).ToList();
            if (keys.Count == 0)
            {
                throw new UsageException($"{runs.Source}: has no swept keys (a single point); compare needs two points of a sweep");
            }
            var column = Metric(runs, variant, parse.GetValue(metric)!);
            var pointA = Select(runs, keys, "--a", parse.GetValue(a)!);
            var pointB = Select(runs, keys, "--b", parse.GetValue(b)!);
            if (pointA.SequenceEqual(pointB, StringComparer.Ordinal))
            {
                throw new UsageException($"--a {parse.GetValue(a)} and --b {parse.GetValue(b)}: name the same point");
            }
            var values = FigureRuns.From(runs, column);
            var valuesA = values.Values(pointA);
            var valuesB = values.Values(pointB);
            var paired = PairedDifference.Of(valuesA, valuesB);
            if (paired.Count == 0)
            {
                throw new UsageException($"{runs.Source}: the two points have no repetition with a value of {runs.Header[column]} in common");
            }
            Print(parse.InvocationConfiguration.Output, runs.Header[column], keys, pointA, pointB, valuesA, valuesB, paired);
            return CliApp.ExitOk;
        });
        return command;
    }

    private static int Metric(CsvDocument runs, int variant, string name)
    {
        var column = runs.IndexOf(name);
        if (column <= variant + 1 || name == "runSeed")
        {
            var numeric = runs.Header.Skip(variant + 2).Where(c => c != "runSeed" && IsNumeric(runs, variant, runs.IndexOf(c)));
            throw new UsageException($"--metric {name}: not a numeric column of {runs.Source}; one of {string.Join(", ", numeric)}");
        }
        return IsNumeric(runs, variant, column) ? column : throw new UsageException($"--metric {name}: holds values that are not numbers in {runs.Source}");
    }

    private static bool IsNumeric(CsvDocument runs, int variant, int column) =>
        runs.Records.Where(r => r.Fields[variant] == ResultTables.NetBalanceVariant).All(r =>
            r.Fields[column].Length == 0 || double.TryParse(r.Fields[column], NumberStyles.Float, CultureInfo.InvariantCulture, out _));

    /// <summary>The one point whose swept values match <paramref name="text"/> (<c>KEY=VALUE,...</c>).</summary>
    private static string[] Select(CsvDocument runs, List<string> keys, string option, string text)
    {
        var wanted = new Dictionary<int, string>();
        foreach (var part in text.Split(','))
        {
            if (!KeyValueText.TrySplit(part, out var key, out var value))
            {
                throw new UsageException($"{option} {text}: expected KEY=VALUE[,KEY=VALUE...] with swept keys ({string.Join(", ", keys)})");
            }
            var index = keys.IndexOf(key);
            if (index < 0)
            {
                throw new UsageException($"{option} {text}: {key} is not swept; the sweep varies {string.Join(", ", keys)}");
            }
            if (!wanted.TryAdd(index, value))
            {
                throw new UsageException($"{option} {text}: {key} is given twice");
            }
        }
        var points = runs.Records.Select(r => r.Fields.Take(keys.Count).ToArray())
            .Where(values => wanted.All(w => values[w.Key] == w.Value))
            .DistinctBy(values => string.Join("\u0001", values), StringComparer.Ordinal).ToList();
        if (points.Count == 0)
        {
            var missing = wanted.Where(w => !runs.Records.Any(r => r.Fields[w.Key] == w.Value)).ToList();
            throw new UsageException(missing.Count == 0
                ? $"{option} {text}: no point has all of these values"
                : $"{option} {text}: no point has {keys[missing[0].Key]}={missing[0].Value}; its values are {string.Join(", ", runs.Records.Select(r => r.Fields[missing[0].Key]).Distinct(StringComparer.Ordinal))}");
        }
        if (points.Count > 1)
        {
            var open = keys.Where((_, i) => !wanted.ContainsKey(i) && points.Select(p => p[i]).Distinct(StringComparer.Ordinal).Skip(1).Any());
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"{option} {text}: matches {points.Count} points; also give {string.Join(", ", open)}"));
        }
        return points[0];
    }

    private static void Print(TextWriter output, string metric, List<string> keys, string[] a, string[] b, IReadOnlyDictionary<int, double> valuesA, IReadOnlyDictionary<int, double> valuesB, PairedDifference paired)
    {
        var inv = CultureInfo.InvariantCulture;
        string Point(string[] values) => string.Join(", ", keys.Select((k, i) => $"{k}={values[i]}"));
        string N(double x) => double.IsNaN(x) ? "n/a" : x.ToString("G6", inv);
        var wholeA = SampleSummary.Of([.. valuesA.Values.Where(v => !double.IsNaN(v)).DefaultIfEmpty(double.NaN)]);
        var wholeB = SampleSummary.Of([.. valuesB.Values.Where(v => !double.IsNaN(v)).DefaultIfEmpty(double.NaN)]);
        var unpaired = PairedDifference.Unpaired(valuesA.Values, valuesB.Values);
        var d = paired.Difference;
        output.WriteLine($"{metric} with NETbalance, b - a");
        output.WriteLine(string.Create(inv, $"  a: {Point(a)}: mean {N(wholeA.Mean)} (n = {valuesA.Values.Count(v => !double.IsNaN(v))})"));
        output.WriteLine(string.Create(inv, $"  b: {Point(b)}: mean {N(wholeB.Mean)} (n = {valuesB.Values.Count(v => !double.IsNaN(v))})"));
        output.WriteLine(string.Create(inv, $"  paired:   mean {N(d.Mean)}, sd {N(d.StandardDeviation)}, 95% interval [{N(d.Ci95Low)}, {N(d.Ci95High)}] (n = {d.Count} repetitions at both points)"));
        output.WriteLine(string.Create(inv, $"  unpaired: mean {N(unpaired.Mean)}, 95% interval [{N(unpaired.Ci95Low)}, {N(unpaired.Ci95High)}] (Welch, ignoring the pairing)"));
    }
}
