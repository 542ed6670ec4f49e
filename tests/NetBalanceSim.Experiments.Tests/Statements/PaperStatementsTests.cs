using NetBalanceSim.Experiments.Figures;
using NetBalanceSim.Experiments.Statements;

namespace NetBalanceSim.Experiments.Tests.Statements;

public sealed class PaperStatementsTests
{
    private static StatementReport Report(SyntheticFigures figures, params string[] leaveOut) =>
        StatementReport.Of(new FigureResults(figures.Figures.Keys.Where(f => !leaveOut.Contains(f))
            .ToDictionary(f => f, f => SummaryTable.From(CsvDocument.Parse(figures.Csv(f), f + "/summary.csv")), StringComparer.Ordinal)));

    private static StatementVerdict Verdict(StatementReport report, string id) => report.Verdicts.Single(v => v.Statement.Id == id).Verdict;

    [Fact]
    public void All_AreS1ToS10_FiveInEachSet()
    {
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"S{i}"), PaperStatements.All.Select(s => s.Id));
        Assert.Equal(["S2", "S3", "S4", "S5", "S9"], PaperStatements.All.Where(s => s.Set == StatementSet.Calibration).Select(s => s.Id));
    }

    [Fact]
    public void EveryStatementHolds_OnFiguresInsideEveryBand()
    {
        var report = Report(new SyntheticFigures());

        Assert.All(report.Verdicts, v => Assert.True(v.Verdict.Holds, $"{v.Statement.Id}: {v.Verdict.Measured}"));
        Assert.All(report.Verdicts, v => Assert.Equal(0, v.Verdict.Distance));
        Assert.Equal("10 of 10 hold (calibration 5 of 5, validation 5 of 5)", report.CountLine());
    }

    [Fact]
    public void S1_Fails_WhenTheBestGainIsAbove75Percent_ByTheDistanceBelow025()
    {
        // fig10 32 CPUs x 1 at 0.20: 0.05 below the band's 0.25 (and outside S9's 0.30 .. 0.50 by 0.10).
        var report = Report(new SyntheticFigures().Set("fig10", 0.20, ("totalCpus", 32), ("cpusPerNode", 1)));

        Assert.False(Verdict(report, "S1").Holds);
        Assert.Equal(0.05, Verdict(report, "S1").Distance, 12);
        Assert.Equal(0.10, Verdict(report, "S9").Distance, 12);
        Assert.Contains("fig10 totalCpus=32 cpusPerNode=1", Verdict(report, "S1").Measured, StringComparison.Ordinal);
    }

    [Fact]
    public void S2_Fails_WhenTheShortestToGainsTooMuch()
    {
        // grid at To = 0.125 s: 0.40, 0.07 below 0.47 (To = 1 s stays 0.45, so S3 holds).
        var report = Report(new SyntheticFigures().Set("fig6", 0.40, ("ToSeconds", 0.125), ("topology", "grid")));

        Assert.False(Verdict(report, "S2").Holds);
        Assert.Equal(0.07, Verdict(report, "S2").Distance, 12);
        Assert.True(Verdict(report, "S3").Holds);
    }

    [Fact]
    public void S3_Fails_WhenOneSecondGainsMoreThanTenPoints()
    {
        // internet: 0.62 at 0.125 s, 0.47 at 1 s: 0.15 better, 0.05 more than 0.10.
        var report = Report(new SyntheticFigures().Set("fig6", 0.47, ("ToSeconds", 1), ("topology", "internet")));

        Assert.False(Verdict(report, "S3").Holds);
        Assert.Equal(0.05, Verdict(report, "S3").Distance, 12);
        Assert.True(Verdict(report, "S4").Holds);
    }

    [Fact]
    public void S4_Fails_WhenALongerToIsClearlyBetter()
    {
        // waxman: 0.59 at 1 s, 0.53 at 4 s: 0.06 better, 0.04 beyond the 0.02 tolerance.
        var report = Report(new SyntheticFigures().Set("fig6", 0.53, ("ToSeconds", 4), ("topology", "waxman")));

        Assert.False(Verdict(report, "S4").Holds);
        Assert.Equal(0.04, Verdict(report, "S4").Distance, 12);
    }

    [Fact]
    public void S4_Holds_WithinTheTolerance()
    {
        // waxman 4 s at 0.575: 0.015 better than 1 s, inside 0.02.
        var report = Report(new SyntheticFigures().Set("fig6", 0.575, ("ToSeconds", 4), ("topology", "waxman")));

        Assert.True(Verdict(report, "S4").Holds);
    }

    [Fact]
    public void S5_SumsTheDistanceOfEveryTopologyOutsideItsBand()
    {
        // grid 0.40 (0.05 below 0.45), waxman 0.80 (0.07 above 0.73).
        var report = Report(new SyntheticFigures()
            .Set("fig7", 0.40, ("TpSeconds", 8), ("topology", "grid"))
            .Set("fig7", 0.80, ("TpSeconds", 8), ("topology", "waxman")));

        Assert.False(Verdict(report, "S5").Holds);
        Assert.Equal(0.12, Verdict(report, "S5").Distance, 12);
    }

    [Fact]
    public void S6_Fails_WhenCampusNeedsALargeTp()
    {
        // campus at Tp = 2 s: 0.90 (gain 0.10, half its best gain 0.42 is 0.21: 0.11 short; and 0.05 above internet's 0.85).
        var report = Report(new SyntheticFigures().Set("fig7", 0.90, ("TpSeconds", 2), ("topology", "campus")));

        Assert.False(Verdict(report, "S6").Holds);
        Assert.Equal(0.11 + 0.05, Verdict(report, "S6").Distance, 12);
    }

    [Fact]
    public void S7_Fails_WhenALargerFootprintGainsMoreAtSmallTp_OrTheLargestGainsNothingAtLargeTp()
    {
        // Tp = 2 s: 50 MB at 0.65, 0.03 beyond the tolerance below 25 MB's 0.70; 100 MB at Tp = 16 s: 0.95, 0.05 above 0.90.
        var report = Report(new SyntheticFigures()
            .Set("fig8", 0.65, ("TpSeconds", 2), ("MemoryMB", 50))
            .Set("fig8", 0.95, ("TpSeconds", 16), ("MemoryMB", 100)));

        Assert.False(Verdict(report, "S7").Holds);
        Assert.Equal(0.08, Verdict(report, "S7").Distance, 12);
    }

    [Fact]
    public void S8_Fails_WhenAHigherRateGainsLess()
    {
        // 20 Mbit/s at 0.60: 0.05 above 10 Mbit/s (0.03 beyond the tolerance); 40 at 0.40 still 0.30 below 5.
        var report = Report(new SyntheticFigures().Set("fig9", 0.60, ("TpSeconds", 2), ("RateMbps", 20)));

        Assert.False(Verdict(report, "S8").Holds);
        Assert.Equal(0.03, Verdict(report, "S8").Distance, 12);
    }

    [Fact]
    public void S9_Fails_ForSmallTestbedsOutsideTheBand()
    {
        var report = Report(new SyntheticFigures().Set("fig10", 0.62, ("totalCpus", 4), ("cpusPerNode", 2)));

        Assert.False(Verdict(report, "S9").Holds);
        Assert.Equal(0.12, Verdict(report, "S9").Distance, 12);
        Assert.Contains("4/2 0.620", Verdict(report, "S9").Measured, StringComparison.Ordinal);
    }

    [Fact]
    public void S10_Fails_WhenTheGainGrowsAgainAbove128Cpus()
    {
        // 2 CPUs per node: 256 at 0.60, 512 at 0.55: falls by 0.05.
        var report = Report(new SyntheticFigures().Set("fig10", 0.55, ("totalCpus", 512), ("cpusPerNode", 2)));

        Assert.False(Verdict(report, "S10").Holds);
        Assert.Equal(0.05, Verdict(report, "S10").Distance, 12);
    }

    [Fact]
    public void AStatementWhoseFigureIsMissing_IsNotMeasured_AndCountsAsNotHeld()
    {
        var report = Report(new SyntheticFigures(), "fig8");

        Assert.Null(Verdict(report, "S7").Holds);
        Assert.Contains("fig8", Verdict(report, "S7").Measured, StringComparison.Ordinal);
        Assert.Null(Verdict(report, "S1").Holds);
        Assert.Equal(8, report.HeldTotal);
        Assert.True(double.IsNaN(report.Distance(StatementSet.Validation)));
    }

    [Fact]
    public void AStatementWhosePointIsMissing_IsNotMeasured()
    {
        var figures = new SyntheticFigures();
        figures.Figures["fig7"].RemoveAll(r => r.Point.Contains(("TpSeconds", "8")));

        var verdict = Verdict(Report(figures), "S5");

        Assert.Null(verdict.Holds);
        Assert.Contains("TpSeconds=8", verdict.Measured, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_IsTheDistanceToTheNearerEnd()
    {
        Assert.Equal(0, PaperStatements.Outside(0.5, 0.45, 0.73));
        Assert.Equal(0.05, PaperStatements.Outside(0.40, 0.45, 0.73), 12);
        Assert.Equal(0.07, PaperStatements.Outside(0.80, 0.45, 0.73), 12);
    }

    [Fact]
    public void AStatementReadingAnEmptyMean_IsNotMeasured_NotHeld()
    {
        var report = Report(new SyntheticFigures().Set("fig7", double.NaN, ("TpSeconds", 8), ("topology", "grid")));

        Assert.Null(Verdict(report, "S5").Holds);
        Assert.Null(Verdict(report, "S1").Holds);
        Assert.Contains("fig7 TpSeconds=8 topology=grid has no mean", Verdict(report, "S5").Measured, StringComparison.Ordinal);
    }

    [Fact]
    public void S7_CatchesAGradualDrift_AcrossMoreThanNeighbouringFootprints()
    {
        // Tp = 4 s: 0.50, 0.49, 0.48, 0.47 - each step within 0.02, but 100 MB is 0.03 below 10 MB (0.01 beyond).
        var figures = new SyntheticFigures();
        foreach (var (memory, mean) in new[] { (10, 0.50), (25, 0.49), (50, 0.48), (100, 0.47) })
        {
            figures.Set("fig8", mean, ("TpSeconds", 4), ("MemoryMB", memory));
        }

        var verdict = Verdict(Report(figures), "S7");

        Assert.False(verdict.Holds);
        Assert.Equal(0.01, verdict.Distance, 12);
    }

    [Fact]
    public void Statements_DoNotDependOnTheOrderOfTheFilesRows()
    {
        var figures = new SyntheticFigures();
        foreach (var figure in new[] { "fig8", "fig9", "fig10" })
        {
            figures.Figures[figure].Reverse();
        }
        var changed = new SyntheticFigures().Set("fig9", 0.60, ("TpSeconds", 2), ("RateMbps", 20));
        changed.Figures["fig9"].Reverse();

        Assert.Equal(10, Report(figures).HeldTotal);
        Assert.Equal(0.03, Verdict(Report(changed), "S8").Distance, 12);
    }
}
