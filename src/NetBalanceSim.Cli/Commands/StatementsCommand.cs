using System.CommandLine;
using System.Globalization;
using System.Text;
using NetBalanceSim.Experiments.Data;
using NetBalanceSim.Experiments.Statements;

namespace NetBalanceSim.Cli.Commands;

/// <summary>
/// <c>netbalance-sim statements [RESULTS_ROOT] [--markdown]</c>: the paper's statements S1 .. S10 checked against the
/// figures' results (<c>RESULTS_ROOT/fig6</c> .. <c>fig10</c>), each with its band and the measurement.
/// </summary>
internal static class StatementsCommand
{
    public static Command Create()
    {
        var root = new Argument<string?>("results-root")
        {
            Description = "The folder holding fig6 .. fig10 (each a results folder with summary.csv) [default: the checkout's results/].",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var markdown = new Option<bool>("--markdown") { Description = "Print the table as Markdown (docs/reproduction.md)." };
        var bootstrap = new Option<int>("--bootstrap")
        {
            Description = "Also resample the repetitions N times (paired: the same draw at every point) and give the share of resamples in which each statement holds.",
        };
        var seed = new Option<ulong>("--seed", "-s") { Description = "Seed of the bootstrap's draws.", DefaultValueFactory = _ => 1 };
        var command = new Command("statements", "Check the paper's statements S1 .. S10 (docs/reproduction.md) against the results of figures 6 to 10.") { root, markdown, bootstrap, seed };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(root) ?? DataFolder.ResultsRoot();
            if (!Directory.Exists(folder))
            {
                throw new UsageException($"{folder}: no such folder; give the folder that holds fig6 .. fig10");
            }
            var results = FigureResults.Load(folder, PaperStatements.FigureIds);
            if (!PaperStatements.FigureIds.Any(results.Has))
            {
                throw new UsageException($"{folder}: holds none of {string.Join(", ", PaperStatements.FigureIds)} with a summary.csv; run 'netbalance-sim reproduce' or give the folder that holds them");
            }
            var resamples = parse.GetValue(bootstrap);
            if (parse.GetResult(bootstrap) is not null && resamples < 1)
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--bootstrap {resamples}: expected a number of resamples of at least 1, e.g. --bootstrap {StatementBootstrap.DefaultResamples}"));
            }
            var report = StatementReport.Of(results);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(markdown))
            {
                output.Write(report.ToMarkdown());
            }
            else
            {
                foreach (var (statement, verdict) in report.Verdicts)
                {
                    var holds = Verdict(verdict);
                    output.WriteLine($"{statement.Id,-4}{holds,-13}{statement.Claim}");
                    output.WriteLine($"    band: {statement.Band} ({StatementReport.Name(statement.Set)} set)");
                    output.WriteLine($"    measured: {verdict.Measured}");
                }
            }
            output.WriteLine(report.CountLine());
            if (resamples > 0)
            {
                var bootstrapSeed = parse.GetValue(seed);
                var shares = StatementBootstrap.HoldShares(folder, resamples, bootstrapSeed);
                output.Write(BootstrapText(report, shares, resamples, bootstrapSeed, parse.GetValue(markdown)));
            }
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>The bootstrap's shares beside the verdicts on the means, as text or as a Markdown table.</summary>
    public static string BootstrapText(StatementReport report, IReadOnlyList<double> shares, int resamples, ulong seed, bool markdown)
    {
        var text = new StringBuilder();
        var head = string.Create(CultureInfo.InvariantCulture, $"paired bootstrap over the repetitions ({resamples} resamples, seed {seed}): share of resamples in which each statement holds");
        text.Append(markdown ? "\n" + head + "\n\n| # | on the means | held in resamples |\n|---|---|---|\n" : head + "\n");
        for (var i = 0; i < shares.Count; i++)
        {
            var (statement, verdict) = report.Verdicts[i];
            var share = string.Create(CultureInfo.InvariantCulture, $"{100 * shares[i]:0.0}%");
            text.Append(markdown ? $"| {statement.Id} | {verdict.Word} | {share} |\n" : $"  {statement.Id,-4}{Verdict(verdict),-13}{share,7}\n");
        }
        return text.ToString();
    }

    /// <summary>A verdict as the console shows it: <c>holds</c>, <c>FAILS</c> or <c>not measured</c>.</summary>
    public static string Verdict(StatementVerdict verdict) => verdict.Holds switch { true => "holds", false => "FAILS", null => "not measured" };
}
