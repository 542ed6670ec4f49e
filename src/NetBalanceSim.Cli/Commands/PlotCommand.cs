using System.CommandLine;
using System.Text;
using NetBalanceSim.Experiments.Figures;
using NetBalanceSim.Experiments.Output;

namespace NetBalanceSim.Cli.Commands;

/// <summary><c>netbalance-sim plot RESULTS_DIR [--figure ID]</c>: re-draws a folder's figures from its CSV files without re-running.</summary>
internal static class PlotCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("results-dir") { Description = "The results folder, e.g. results/fig7 (holding summary.csv, or tau-trace.csv for fig5)." };
        var figure = new Option<string?>("--figure") { Description = "The figure to draw (fig5 .. fig10, strategies, strategies-tradeoff) [default: every figure of the scenario named in the folder's manifest.json]." };
        var command = new Command("plot", "Re-draw a figure from the CSV files of its results folder and write <id>.png and <id>.svg there (800 x 500 px), listed in its manifest.")
        {
            directory, figure,
        };
        command.SetAction(parse =>
        {
            var folderPath = parse.GetValue(directory)!;
            var figures = FigureRenderer.Figures(folderPath, parse.GetValue(figure));
            var data = FigureData.FromDirectory(folderPath);
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var recipe in figures)
            {
                var (png, svg) = FigureRenderer.Draw(recipe, data);
                files[recipe.Id + ".png"] = png;
                files[recipe.Id + ".svg"] = Encoding.UTF8.GetBytes(svg);
            }
            var ours = FolderInventory.Read(folderPath, foreignManifest: true).Manifest is not null;
            var request = new FolderRequest(null, ours ? [.. files.Keys, Manifest.FileName] : [.. files.Keys], AllowOtherFiles: true, AddOnly: true);
            var holder = $"process {Environment.ProcessId}: {Provenance.CommandLine([.. parse.Tokens.Select(t => t.Value)])}";
            using (var folder = ResultsFolder.Claim(folderPath, request, holder))
            {
                if (folder.Inventory.Inconsistency is { } why)
                {
                    throw new ResultsFolderException($"{folderPath}: {why}; run it again (with --resume) before plotting");
                }
                folder.PublishAlongside(files);
            }
            foreach (var recipe in figures)
            {
                parse.InvocationConfiguration.Output.WriteLine($"wrote {Path.Combine(folderPath, recipe.Id + ".png")} and {Path.Combine(folderPath, recipe.Id + ".svg")}");
            }
            return CliApp.ExitOk;
        });
        return command;
    }
}
