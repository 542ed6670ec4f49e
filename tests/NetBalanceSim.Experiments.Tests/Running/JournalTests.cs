using NetBalanceSim.Experiments.Running;

namespace NetBalanceSim.Experiments.Tests.Running;

public sealed class JournalTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nbs-journal-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string PathOf => Path.Combine(_directory, Journal.FileName);

    [Fact]
    public void Lines_CarryOurMarkThePlanAndAChecksumOfTheirContent()
    {
        using (var journal = Journal.Create(_directory, "p1", new JournalInvocation("netbalance-sim run a.json", "0.1.0", "2026-01-01T00:00:00Z")))
        {
            journal.Append(Unit(0, 0));
        }

        var lines = File.ReadAllLines(PathOf);
        Assert.Equal("""{"Tool":"NetBalanceSim","Journal":2,"Plan":"p1"}""", lines[0]);
        Assert.StartsWith("""{"plan":"p1","invocation":{"CommandLine":"netbalance-sim run a.json",""", lines[1], StringComparison.Ordinal);
        var payload = """{"Point":0,"Repetition":0,"Runs":[["0","0","x"]],"Trace":[["0","0","t"]]}""";
        Assert.Equal($$"""{"plan":"p1","unit":{{payload}},"sum":"{{Journal.Checksum(payload)}}"}""", lines[2]);
        Assert.True(Journal.IsOurs(PathOf));
    }

    [Fact]
    public void Checksum_IsFnv1a64OfTheUtf8Bytes()
    {
        // FNV-1a 64 of "a": (14695981039346656037 xor 0x61) * 1099511628211 mod 2^64 = 0xaf63dc4c8601ec8c.
        Assert.Equal("af63dc4c8601ec8c", Journal.Checksum("a"));
    }

    [Fact]
    public void Open_ADamagedLine_KeepsTheUnitsBeforeItAndSaysWhichLine()
    {
        WriteUnits(4);
        var lines = File.ReadAllLines(PathOf);
        lines[3] = lines[3].Replace("\"x\"", "\"y\"", StringComparison.Ordinal); // the second unit, edited by hand
        File.WriteAllLines(PathOf, lines);

        using var journal = Journal.Open(_directory, "p1", unitCount: 10, repetitions: 10);

        Assert.Single(journal.Finished);
        Assert.Equal($"{PathOf}: line 4: damaged (its checksum does not match its content)", journal.Damage);
        Assert.Equal(3, File.ReadAllLines(PathOf).Length); // truncated after the first unit: header, invocation, unit
    }

    [Theory]
    [InlineData("garbage", "damaged (not valid JSON)")]
    [InlineData("""{"plan":"other","unit":{},"sum":"0"}""", "belongs to another plan")]
    [InlineData("""{"plan":"p1","what":{},"sum":"0"}""", "damaged (neither a unit nor an invocation)")]
    [InlineData("""{"unit":{}}""", "damaged (not a journal line)")]
    public void Open_AnyDamagedLine_IsReportedWithItsNumber(string line, string why)
    {
        WriteUnits(2);
        File.AppendAllText(PathOf, line + "\n");
        WriteMoreUnitsAfter();

        using var journal = Journal.Open(_directory, "p1");

        Assert.Equal(2, journal.Finished.Count);
        Assert.Equal($"{PathOf}: line 5: {why}", journal.Damage);
    }

    [Fact]
    public void Open_AUnitOutsideThePlanOrTwice_IsDamage()
    {
        WriteUnits(2);
        using (var journal = Journal.Open(_directory, "p1"))
        {
            journal.Append(Unit(0, 0));
        }

        using (var again = Journal.Open(_directory, "p1", unitCount: 4, repetitions: 2))
        {
            Assert.EndsWith("line 5: damaged (a unit recorded twice)", again.Damage, StringComparison.Ordinal);
        }
        using var fewer = Journal.Open(_directory, "p1", unitCount: 1, repetitions: 1);
        Assert.EndsWith("line 4: damaged (a unit outside the plan)", fewer.Damage, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ATornLastLine_IsDroppedSilently()
    {
        WriteUnits(2);
        File.AppendAllText(PathOf, """{"plan":"p1","unit":{"Poi""");

        using var journal = Journal.Open(_directory, "p1");

        Assert.Equal(2, journal.Finished.Count);
        Assert.Null(journal.Damage);
    }

    [Fact]
    public void Open_CountsTheUnitsOfEachEarlierInvocation()
    {
        WriteUnits(3);
        using (var second = Journal.Open(_directory, "p1", new JournalInvocation("resume 1", "v", "t2")))
        {
            second.Append(Unit(5, 0));
        }

        using var third = Journal.Open(_directory, "p1", new JournalInvocation("resume 2", "v", "t3"));

        Assert.Equal([("first", 3), ("resume 1", 1)], third.Invocations.Select(i => (i.CommandLine, i.Units)));
        Assert.Equal(4, third.Finished.Count);
    }

    [Fact]
    public void IsOurs_AUsersFileNamedLikeOurJournal_IsNot()
    {
        File.WriteAllText(PathOf, "{\"Plan\":\"p1\"}\n");
        Assert.False(Journal.IsOurs(PathOf));
        var error = Assert.Throws<JournalMismatchException>(() => Journal.Open(_directory, "p1"));
        Assert.Contains("line 1: not a NetBalanceSim journal", error.Message, StringComparison.Ordinal);
    }

    private void WriteUnits(int count)
    {
        using var journal = Journal.Create(_directory, "p1", new JournalInvocation("first", "v", "t1"));
        for (var i = 0; i < count; i++)
        {
            journal.Append(Unit(i, 0));
        }
    }

    private void WriteMoreUnitsAfter() =>
        File.AppendAllText(PathOf, File.ReadAllLines(PathOf)[2] + "\n");

    private static UnitResult Unit(int point, int repetition) =>
        new(point, repetition, [[point.ToString(System.Globalization.CultureInfo.InvariantCulture), "0", "x"]], [["0", "0", "t"]]);
}
