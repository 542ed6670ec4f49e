using NetBalanceSim.Experiments.Output;
using NetBalanceSim.Experiments.Statements;

namespace NetBalanceSim.Experiments.Tests.Output;

/// <summary>docs/columns.md lists every column the results tables have.</summary>
public sealed class ColumnDictionaryTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "columns.md"));

    public static TheoryData<string, string> Columns()
    {
        var data = new TheoryData<string, string>();
        foreach (var (table, columns) in new[] { ("runs.csv", ResultTables.RunColumns), ("summary.csv", ResultTables.SummaryColumnNames), ("tau-trace.csv", ResultTables.TraceColumnNames),
            (PairedTable.FileName, [.. PairedTable.LeadingColumns, .. PairedTable.MetricColumns]),
            ("tornado.csv", NetBalanceSim.Experiments.Sensitivity.SensitivityTables.TornadoColumns), ("morris.csv", NetBalanceSim.Experiments.Sensitivity.SensitivityTables.MorrisColumns),
            ("statements.csv", StatementReport.Columns),
            ("calibration.csv", ["candidate", .. CalibrationChoice.ScoreColumns, .. PaperStatements.All.Select(s => s.Id), "chosen"]) })
        {
            foreach (var column in columns)
            {
                data.Add(table, column);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Columns))]
    public void EveryColumn_IsExplainedInItsTablesSection(string table, string column)
    {
        var section = Doc[Doc.IndexOf($"## `{table}`", StringComparison.Ordinal)..];
        var next = section.IndexOf("\n## ", 3, StringComparison.Ordinal);
        section = next < 0 ? section : section[..next];

        Assert.Matches($@"\n\| [^|]*`{column}`[^|]* \| ", section);
    }
}
