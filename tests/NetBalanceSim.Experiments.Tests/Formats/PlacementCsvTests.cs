using NetBalance;
using NetBalanceSim.Experiments.Formats;

namespace NetBalanceSim.Experiments.Tests.Formats;

public sealed class PlacementCsvTests : IDisposable
{
    private const int Vnodes = 3;
    private const int Vms = 4;
    private readonly string _directory = Directory.CreateTempSubdirectory("nbs-placement-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Format_WritesHeaderAndOneLinePerVnodeInVnodeOrder()
    {
        var text = PlacementCsv.Format(new Placement([3, 0, 12]));

        Assert.Equal("vnode,vm\n0,3\n1,0\n2,12\n", text);
    }

    [Fact]
    public void WriteThenRead_GivesThePlacementBack()
    {
        var path = Path.Combine(_directory, "p.csv");
        var placement = new Placement([2, 0, 3]);

        PlacementCsv.Write(path, placement);

        Assert.Equal(placement, PlacementCsv.Read(path, Vnodes, Vms));
    }

    [Fact]
    public void Parse_AcceptsAnyLineOrderSpacesAndBlankLines()
    {
        var placement = PlacementCsv.Parse(["vnode,vm", "2, 1", "", "0,3", " 1 ,0 ", ""], "p.csv", Vnodes, Vms);

        Assert.Equal(new Placement([3, 0, 1]), placement);
    }

    [Theory]
    [InlineData(new string[0], "p.csv: empty file; expected the header 'vnode,vm' and one line per vnode")]
    [InlineData(new[] { "vm,vnode", "0,0" }, "p.csv:1: header 'vm,vnode'; expected 'vnode,vm'")]
    [InlineData(new[] { "vnode,vm", "0,1", "1,2,3" }, "p.csv:3: 3 columns in '1,2,3'; expected 2 ('vnode,vm')")]
    [InlineData(new[] { "vnode,vm", "0" }, "p.csv:2: 1 columns in '0'; expected 2 ('vnode,vm')")]
    [InlineData(new[] { "vnode,vm", "0,x" }, "p.csv:2: vm 'x' is not a non-negative integer")]
    [InlineData(new[] { "vnode,vm", "-1,0" }, "p.csv:2: vnode '-1' is not a non-negative integer")]
    [InlineData(new[] { "vnode,vm", "0,1.5" }, "p.csv:2: vm '1.5' is not a non-negative integer")]
    [InlineData(new[] { "vnode,vm", "0,0", "1,4" }, "p.csv:3: VM 4 out of range; the testbed has 4 VMs (0..3)")]
    [InlineData(new[] { "vnode,vm", "3,0" }, "p.csv:2: vnode 3 out of range; the topology has 3 vnodes (0..2)")]
    [InlineData(new[] { "vnode,vm", "0,0", "1,1", "0,2" }, "p.csv:4: vnode 0 appears twice (also on line 2); expected each vnode once")]
    [InlineData(new[] { "vnode,vm", "0,0", "2,1" }, "p.csv: 2 vnodes listed, the topology has 3; vnode 1 is missing (expected one line for each of 0..2)")]
    [InlineData(new[] { "vnode,vm" }, "p.csv: 0 vnodes listed, the topology has 3; vnode 0 is missing (expected one line for each of 0..2)")]
    public void Parse_BadFile_NamesFileLineAndExpectation(string[] lines, string expected)
    {
        var ex = Assert.Throws<PlacementFileException>(() => PlacementCsv.Parse(lines, "p.csv", Vnodes, Vms));

        Assert.Equal(expected, ex.Message);
    }

    [Fact]
    public void Read_MissingFile_SaysSo()
    {
        var path = Path.Combine(_directory, "missing.csv");

        var ex = Assert.Throws<PlacementFileException>(() => PlacementCsv.Read(path, Vnodes, Vms));

        Assert.Equal($"{path}: file not found; expected a placement CSV with the header 'vnode,vm'", ex.Message);
    }
}
