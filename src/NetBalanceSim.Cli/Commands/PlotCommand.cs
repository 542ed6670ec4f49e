using System.CommandLine;
using System.Text;
using NetBalanceSim.Experiments.Figures;
using NetBalanceSim.Experiments.Output;

namespace NetBalanceSim.Cli.Commands;

/// <summary>
/// <c>netbalance-sim plot RESULTS_DIR [--figure ID | --x KEY [--series KEY] [--y METRIC] [--panel KEY] [--title T]]
/// [--width PX --height PX --scale S] [--format png,svg]</c>: draws figures from a results folder's CSV files
/// without re-running, and lists them in its manifest.
/// </summary>
internal static class PlotCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("results-dir") { Description = "The results folder, e.g. results/fig7 (holding summary.csv, or tau-trace.csv for fig5)." };
        var figure = new Option<string?>("--figure") { Description = "A figure of the paper (fig5 .. fig10, strategies, strategies-tradeoff, learned-to, predictors, predictors-error) [default: --x, else every figure of the scenario named in the folder's manifest.json]." };
        var x = new Option<string?>("--x") { Description = "The swept key (a column of summary.csv before 'n') on the x axis; log2, linear or categorical as its values suit." };
        var series = new Option<string?>("--series") { Description = "The swept key whose values make the lines [default: one line]." };
        var y = new Option<string?>("--y") { Description = "The metric (a column of summary.csv from 'n' on) [default: mean, the relative runtime, with its 95% interval]." };
        var panel = new Option<string?>("--panel") { Description = "A swept key: one figure per value (<file>-<value>), all with the same y axis." };
        var title = new Option<string?>("--title") { Description = "The title [default: metric vs. key]." };
        var width = new Option<int>("--width") { Description = "Width in pixels before scaling.", DefaultValueFactory = _ => FigureStyle.Width };
        var height = new Option<int>("--height") { Description = "Height in pixels before scaling.", DefaultValueFactory = _ => FigureStyle.Height };
        var scale = new Option<double>("--scale") { Description = "Scale factor for text, lines and size (e.g. 2 for a 1600 x 1000 PNG).", DefaultValueFactory = _ => 1 };
        var format = new Option<string>("--format") { Description = "Formats to write: png, svg or png,svg.", DefaultValueFactory = _ => "png,svg" };
        var command = new Command("plot", "Draw figures from the CSV files of a results folder (any metric against any swept key, or a figure of the paper) and write <name>.png and <name>.svg there, listed in its manifest.")
        {
            directory, figure, x, series, y, panel, title, width, height, scale, format,
        };
        command.SetAction(parse =>
        {
            var folderPath = parse.GetValue(directory)!;
            var size = new FigureSize(parse.GetValue(width), parse.GetValue(height), parse.GetValue(scale)).Checked();
            var formats = FigureFormatList.Parse(parse.GetValue(format)!);
            var data = FigureData.FromDirectory(folderPath);
            var figures = PlotSelection.Figures(folderPath, parse.GetValue(figure), parse.GetValue(x), parse.GetValue(series), parse.GetValue(y), parse.GetValue(panel), parse.GetValue(title), data);
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            var written = new List<string>();
            foreach (var recipe in figures)
            {
                var (png, svg) = FigureRenderer.Draw(recipe, data, size, formats);
                var names = new List<string>();
                if (png is not null)
                {
                    files[recipe.Id + ".png"] = png;
                    names.Add(Path.Combine(folderPath, recipe.Id + ".png"));
                }
                if (svg is not null)
                {
                    files[recipe.Id + ".svg"] = Encoding.UTF8.GetBytes(svg);
                    names.Add(Path.Combine(folderPath, recipe.Id + ".svg"));
                }
                written.Add("wrote " + string.Join(" and ", names));
            }
            Publish(folderPath, files, parse);
            foreach (var line in written)
            {
                parse.InvocationConfiguration.Output.WriteLine(line);
            }
            return CliApp.ExitOk;
        });
        return command;
    }

    private static void Publish(string folderPath, Dictionary<string, byte[]> files, ParseResult parse)
    {
        var ours = FolderInventory.Read(folderPath, foreignManifest: true).Manifest is not null;
        var request = new FolderRequest(null, ours ? [.. files.Keys, Manifest.FileName] : [.. files.Keys], AllowOtherFiles: true, AddOnly: true);
        var holder = $"process {Environment.ProcessId}: {Provenance.CommandLine([.. parse.Tokens.Select(t => t.Value)])}";
        using var folder = ResultsFolder.Claim(folderPath, request, holder);
        if (folder.Inventory.Inconsistency is { } why)
        {
            throw new ResultsFolderException($"{folderPath}: {why}; run it again (with --resume) before plotting");
        }
        folder.PublishAlongside(files);
    }
}
