using System.CommandLine;
using NetBalanceSim.Experiments.Figures;

namespace NetBalanceSim.Cli.Commands;

/// <summary><c>netbalance-sim plot RESULTS_DIR [--figure ID]</c>: re-draws a folder's figures from its CSV files without re-running.</summary>
internal static class PlotCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("results-dir") { Description = "The results folder, e.g. results/fig7 (holding summary.csv, or tau-trace.csv for fig5)." };
        var figure = new Option<string?>("--figure") { Description = "The figure to draw (fig5 .. fig10, strategies, strategies-tradeoff) [default: every figure of the scenario named in the folder's manifest.json]." };
        var command = new Command("plot", "Re-draw a figure from the CSV files of its results folder and write <id>.png and <id>.svg there (800 x 500 px).")
        {
            directory, figure,
        };
        command.SetAction(parse =>
        {
            foreach (var written in FigureRenderer.RenderAll(parse.GetValue(directory)!, parse.GetValue(figure)))
            {
                parse.InvocationConfiguration.Output.WriteLine($"wrote {written.PngPath} and {written.SvgPath}");
            }
            return CliApp.ExitOk;
        });
        return command;
    }
}
