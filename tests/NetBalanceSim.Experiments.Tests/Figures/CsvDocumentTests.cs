using NetBalanceSim.Experiments.Figures;
using NetBalanceSim.Experiments.Output;

namespace NetBalanceSim.Experiments.Tests.Figures;

public sealed class CsvDocumentTests
{
    [Fact]
    public void Parse_QuotedFields_UnquotesCommasQuotesAndLineBreaks()
    {
        var csv = CsvDocument.Parse("a,b,c\r\n\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nplain,,\"\"\n", "t.csv");

        Assert.Equal(["a", "b", "c"], csv.Header);
        Assert.Equal(2, csv.Records.Count);
        Assert.Equal(["x,y", "say \"hi\"", "two\nlines"], csv.Records[0].Fields);
        Assert.Equal(2, csv.Records[0].Line);
        Assert.Equal(["plain", "", ""], csv.Records[1].Fields);
        Assert.Equal(4, csv.Records[1].Line);
    }

    [Fact]
    public void Parse_ByteOrderMarkAndNoFinalLineEnd_AreAccepted()
    {
        var csv = CsvDocument.Parse("\uFEFFa,b\n1,2", "t.csv");

        Assert.Equal(["a", "b"], csv.Header);
        Assert.Equal(["1", "2"], csv.Records.Single().Fields);
    }

    [Fact]
    public void Number_EmptyFieldIsNaNWhereAllowed_InfIsInfinity_InvariantCulture()
    {
        var csv = CsvDocument.Parse("a,b,c\n,inf,1E-05\n", "t.csv");
        var row = csv.Records[0];

        Assert.True(double.IsNaN(csv.Number(row, 0, allowEmpty: true)));
        Assert.Equal(double.PositiveInfinity, csv.Number(row, 1));
        Assert.Equal(1e-5, csv.Number(row, 2));
        var error = Assert.Throws<FigureException>(() => csv.Number(row, 0));
        Assert.Equal("t.csv:2: column 'a' holds '', not a number.", error.Message);
    }

    [Theory]
    [InlineData("a,b\n1,2\n3\n", "t.csv:3: 1 fields, but the header has 2 columns.")]
    [InlineData("a,b\n1,2\n\"3,4\n5,6\n", "t.csv:3: a quoted field is not closed before the end of the file.")]
    [InlineData("a,b\n\"1\"x,2\n", "t.csv:2: 'x' after a closing quote (a quote inside a field must be doubled).")]
    [InlineData("a,b\n1,2\"\n", "t.csv:2: a quote inside an unquoted field.")]
    [InlineData("a,a\n1,2\n", "t.csv:1: column 'a' appears twice in the header.")]
    [InlineData("", "t.csv:1: the file is empty (a header was expected).")]
    [InlineData("a,b\n\"x\ny\",1\n1,2,3\n", "t.csv:4: 3 fields, but the header has 2 columns.")]
    public void Parse_Malformed_IsAOneLineErrorWithTheLine(string text, string expected)
    {
        var error = Assert.Throws<FigureException>(() => CsvDocument.Parse(text, "t.csv"));

        Assert.Equal(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Parse_WhatCsvTableWrites_ReadsBackTheSameFields()
    {
        var table = new CsvTable(["topology", "note", "mean"]);
        table.Add("grid", "a \"quoted\", multi\nline note", CsvTable.Number(0.4421));
        table.Add("campus", "", CsvTable.Number(double.NaN));
        using var buffer = new MemoryStream();
        table.WriteTo(buffer);

        var csv = CsvDocument.Parse(System.Text.Encoding.UTF8.GetString(buffer.ToArray()), "t.csv");

        Assert.Equal(table.Header, csv.Header);
        Assert.Equal(table.Rows.Count, csv.Records.Count);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            Assert.Equal(table.Rows[i], csv.Records[i].Fields);
        }
    }

    [Fact]
    public void SummaryTable_ReadsPointColumnsAndEmptyIntervalsAsNaN()
    {
        var csv = CsvDocument.Parse(
            "TpSeconds,topology,n,relativeRuntimeMean,relativeRuntimeSd,relativeRuntimeCi95Low,relativeRuntimeCi95High,runtimeNetBalanceSecondsMean,runtimeBaselineSecondsMean,replacementsDeployedMean,migrationsMean,reconfigurationSecondsMean\n" +
            "8,grid,1,0.4421,,,,1,2,3,4,5\n", "s.csv");

        var table = SummaryTable.From(csv);

        Assert.Equal(["TpSeconds", "topology"], table.PointColumns);
        var row = table.Rows.Single();
        Assert.Equal(["8", "grid"], row.Point);
        Assert.Equal(0.4421, row.Mean);
        Assert.True(double.IsNaN(row.Ci95Low) && double.IsNaN(row.Ci95High) && double.IsNaN(row.StandardDeviation));
        Assert.Equal(1, table.PointIndex("topology"));
    }
}
