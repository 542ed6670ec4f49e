using System.Text;
using NetBalanceSim.Experiments.Formats;
using NetBalanceSim.Testbed;

namespace NetBalanceSim.Experiments.Tests.Formats;

public sealed class FlowTraceCsvTests
{
    private const int Vnodes = 10;
    private const string Header = "timeSeconds,source,destination,rateMbps\n";

    private static FlowChanges Parse(string text) =>
        FlowTraceCsv.Parse(new MemoryStream(Encoding.UTF8.GetBytes(text)), "t.csv", Vnodes);

    [Fact]
    public void Parse_ValidTrace_GroupsRowsByTimeAndEndsAtTheLastRow()
    {
        var changes = Parse("\uFEFF" + Header.Replace("\n", "\r\n", StringComparison.Ordinal) + "0,1,2,10\r\n0,3,2,5.5\r\n2.5,1,2,0\r\n7,9,0,1e1\r\n");

        Assert.Equal([0.0, 2.5], changes.SegmentStartSeconds);
        Assert.Equal(7, changes.EndSeconds);
        Assert.Equal(3, changes.RowCount); // the row at the end time changes nothing before the end
        Assert.Equal((3, 2, 5.5), changes.Row(1));
        Assert.Equal((2, 3), changes.RowsOf(1));
    }

    [Fact]
    public void Parse_NoFinalNewlineAndTrailingBlankLines_AreAccepted()
    {
        Assert.Equal(5, Parse(Header + "0,1,2,10\n5,1,2,0").EndSeconds);
        Assert.Equal(5, Parse(Header + "0,1,2,10\n5,1,2,0\n\n\n").EndSeconds);
    }

    [Theory]
    [InlineData("time,src,dst,rate\n0,1,2,3\n", "t.csv:1: header 'time,src,dst,rate'; expected 'timeSeconds,source,destination,rateMbps'")]
    [InlineData(Header + "0,1,2\n", "t.csv:2: 3 columns in '0,1,2'; expected 4")]
    [InlineData(Header + "0,1,2,3,4\n", "t.csv:2: 5 columns")]
    [InlineData(Header + "0,1,2,3\nabc,1,2,3\n", "t.csv:3: timeSeconds 'abc'; expected a finite number of virtual seconds, 0 or more")]
    [InlineData(Header + "-1,1,2,3\n", "t.csv:2: timeSeconds '-1'")]
    [InlineData(Header + "NaN,1,2,3\n", "t.csv:2: timeSeconds 'NaN'")]
    [InlineData(Header + "5,1,2,3\n4,1,2,3\n", "t.csv:3: time 4 is before the previous row's 5; expected rows sorted by time")]
    [InlineData(Header + "0,1,10,3\n", "t.csv:2: destination '10'; expected a vnode of the topology, a whole number from 0 to 9")]
    [InlineData(Header + "0,-1,2,3\n", "t.csv:2: source '-1'; expected a vnode")]
    [InlineData(Header + "0,1.5,2,3\n", "t.csv:2: source '1.5'")]
    [InlineData(Header + "0,1,2,-3\n", "t.csv:2: rateMbps '-3'; expected a finite rate in Mbit/s, 0 or more (0 ends the flow)")]
    [InlineData(Header + "0,1,2,Infinity\n", "t.csv:2: rateMbps 'Infinity'")]
    [InlineData(Header + "0,4,4,3\n", "t.csv:2: source and destination are both vnode 4; expected a flow between two vnodes")]
    [InlineData(Header + "0,1,2,3\n\n5,1,2,0\n", "t.csv:3: empty line before more rows")]
    [InlineData(Header, "t.csv: no rows after the header")]
    [InlineData("", "t.csv: empty file; expected the header")]
    [InlineData(Header + "0,1,2,3\n0,2,1,3\n", "t.csv: every row is at time 0; expected a last row after 0")]
    public void Parse_BrokenTrace_NamesFileLineAndExpectation(string text, string message)
    {
        var error = Assert.Throws<FlowTraceException>(() => Parse(text));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Read_MissingFile_NamesItAndWhatWasExpected()
    {
        var path = Path.Combine(Path.GetTempPath(), "nbs-no-such-trace.csv");

        var error = Assert.Throws<FlowTraceException>(() => FlowTraceCsv.Read(path, Vnodes));

        Assert.Equal($"{path}: file not found; expected an existing flow trace (CSV)", error.Message);
    }

    [Fact]
    public void Read_GeneratedTrace_RoundTripsEveryRow()
    {
        // Rows longer than nothing and more rows than one 1 MB chunk holds: lines cross chunk boundaries.
        var path = Path.Combine(Directory.CreateTempSubdirectory("nbs-trace-").FullName, "t.csv");
        try
        {
            double end;
            using (var writer = new StreamWriter(path))
            {
                end = FlowTraceGenerator.Write(writer, 1600, rows: 100_000, flows: 500, rowsPerStep: 50, stepSeconds: 0.5, (5, 50), seed: 3);
            }

            var changes = FlowTraceCsv.Read(path, 1600);

            Assert.True(new FileInfo(path).Length > 1 << 20);
            Assert.Equal(end, changes.EndSeconds);
            Assert.Equal(99_999, changes.RowCount);
            Assert.Equal(1 + ((100_000 - 500 - 1 + 49) / 50), changes.SegmentCount);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }
}
