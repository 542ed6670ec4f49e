using System.Globalization;
using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Sweeps;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace NetBalanceSim.Cli;

/// <summary>
/// A sweep's summary on the console: one aligned row per point (its swept values, the relative runtime's mean and 95%
/// interval, n, the runtimes, re-placements, migrations and Tr per run), drawn with Spectre.Console in plain text (no
/// colours or control sequences, so logs and redirected output read the same as a terminal).
/// </summary>
internal static class SummaryConsoleTable
{
    private static readonly string[] Metrics =
        ["relative runtime", "95% interval", "n", "runtime with (s)", "without (s)", "re-placements", "migrations", "Tr (s)"];

    /// <summary>Writes the table of <paramref name="summary"/> (the rows of <c>summary.csv</c>) to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, SweepPlan plan, CsvTable summary)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(text),
        });
        console.Profile.Width = 400;
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in plan.Columns)
        {
            table.AddColumn(new TableColumn(new Text(column)));
        }
        foreach (var metric in Metrics)
        {
            table.AddColumn(new TableColumn(new Text(metric)).RightAligned());
        }
        var columns = plan.Columns.Count;
        foreach (var row in summary.Rows)
        {
            string Field(int i, string format) => Number(row[columns + i]).ToString(format, CultureInfo.InvariantCulture);
            var cells = row.Take(columns).Append(Field(1, "F3"))
                .Append($"[{Field(3, "F3")}, {Field(4, "F3")}]")
                .Append(row[columns])
                .Append(Field(5, "F1")).Append(Field(6, "F1")).Append(Field(7, "F1")).Append(Field(8, "F1")).Append(Field(9, "F2"));
            table.AddRow(cells.Select(c => (IRenderable)new Text(c)));
        }
        console.Write(table);
        // The border's blank top and bottom rows and the cells' padding leave trailing spaces: drop them.
        foreach (var line in text.ToString().Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0))
        {
            output.WriteLine(line);
        }
    }

    private static double Number(string field) => field.Length == 0 ? double.NaN : double.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture);
}
