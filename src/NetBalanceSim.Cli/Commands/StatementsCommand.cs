using System.CommandLine;
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
        var command = new Command("statements", "Check the paper's statements S1 .. S10 (docs/reproduction.md) against the results of figures 6 to 10.") { root, markdown };
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
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>A verdict as the console shows it: <c>holds</c>, <c>FAILS</c> or <c>not measured</c>.</summary>
    public static string Verdict(StatementVerdict verdict) => verdict.Holds switch { true => "holds", false => "FAILS", null => "not measured" };
}
