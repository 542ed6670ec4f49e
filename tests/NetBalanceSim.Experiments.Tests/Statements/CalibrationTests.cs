using NetBalanceSim.Experiments.Figures;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Statements;

namespace NetBalanceSim.Experiments.Tests.Statements;

public sealed class CalibrationTests
{
    private static StatementReport Report(SyntheticFigures figures) =>
        StatementReport.Of(new FigureResults(figures.Figures.Keys.ToDictionary(f => f, f => SummaryTable.From(CsvDocument.Parse(figures.Csv(f), f)), StringComparer.Ordinal)));

    [Fact]
    public void Grid_IsTheProduct_FirstKeySlowest()
    {
        var candidates = CalibrationGrid.Parse(["sigmaInterPn=0.45,0.6", "coordinatorMovesPerSecond=50000,100000,400000"]);

        Assert.Equal(6, candidates.Count);
        Assert.Equal(["c0", "c1", "c2", "c3", "c4", "c5"], candidates.Select(c => c.Name));
        Assert.Equal("sigmaInterPn=0.45 coordinatorMovesPerSecond=400000", candidates[2].ToString());
        Assert.Equal(["sigmaInterPn=0.6", "coordinatorMovesPerSecond=50000"], candidates[3].Overrides);
    }

    [Theory]
    [InlineData("sigmaInterPn", "expected KEY=V1,V2")]
    [InlineData("sigmaInterPn=", "expected KEY=V1,V2")]
    [InlineData("noSuchKey=1,2", "noSuchKey is not a scenario key")]
    [InlineData("sigmaInterPx=0.45", "sigmaInterPx is not a scenario key; did you mean 'sigmaInterPn'?")]
    [InlineData("kFwd=0.1,,0.2", "distinct and non-empty")]
    [InlineData("kFwd=0.1,0.1", "distinct and non-empty")]
    public void Grid_RefusesMalformedAxes(string axis, string message)
    {
        var error = Assert.Throws<ScenarioException>(() => CalibrationGrid.Parse([axis]));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Grid_RefusesAKeyTwice_AndTooManyCandidates()
    {
        Assert.Contains("given twice", Assert.Throws<ScenarioException>(() => CalibrationGrid.Parse(["kFwd=0.1", "kFwd=0.2"])).Message, StringComparison.Ordinal);
        var many = string.Join(",", Enumerable.Range(1, 9));
        Assert.Contains("81 candidates", Assert.Throws<ScenarioException>(() => CalibrationGrid.Parse([$"MemoryMB={many}", $"RateMbps={many}"])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Choice_TakesMostCalibrationStatementsHeld_NotValidation()
    {
        // c0: S1 and S7 fail (validation), all calibration hold. c1: every validation statement holds, S5 fails.
        var c0 = Report(new SyntheticFigures()
            .Set("fig10", 0.45, ("totalCpus", 32), ("cpusPerNode", 1))
            .Set("fig8", 0.65, ("TpSeconds", 2), ("MemoryMB", 50)));
        var c1 = Report(new SyntheticFigures().Set("fig7", 0.40, ("TpSeconds", 8), ("topology", "grid")));

        Assert.Equal(5, c0.Held(StatementSet.Calibration));
        Assert.Equal(3, c0.Held(StatementSet.Validation));
        Assert.Equal(0, CalibrationChoice.Choose([c0, c1]));
        Assert.Equal(1, CalibrationChoice.Choose([c1, c0]));
    }

    [Fact]
    public void Choice_BreaksTiesByTheDistanceOutsideTheBands_ThenByGridOrder()
    {
        var far = Report(new SyntheticFigures().Set("fig7", 0.30, ("TpSeconds", 8), ("topology", "grid")));
        var near = Report(new SyntheticFigures().Set("fig7", 0.44, ("TpSeconds", 8), ("topology", "grid")));
        var alsoNear = Report(new SyntheticFigures().Set("fig7", 0.44, ("TpSeconds", 8), ("topology", "campus")));

        Assert.Equal(1, CalibrationChoice.Choose([far, near, alsoNear]));
        Assert.Equal(0, CalibrationChoice.Choose([near, alsoNear]));
    }

    [Fact]
    public void Table_HasOneRowPerCandidate_WithItsCountsVerdictsAndTheChoice()
    {
        var candidates = CalibrationGrid.Parse(["sigmaInterPn=0.45,0.6"]);
        var reports = new[] { Report(new SyntheticFigures().Set("fig7", 0.40, ("TpSeconds", 8), ("topology", "grid"))), Report(new SyntheticFigures()) };

        using var stream = new MemoryStream();
        CalibrationChoice.Table(candidates, reports, CalibrationChoice.Choose(reports)).WriteTo(stream);
        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("candidate,sigmaInterPn,calibrationHeld,calibrationDistance,validationHeld,validationDistance,S1,S2,S3,S4,S5,S6,S7,S8,S9,S10,chosen", lines[0]);
        Assert.StartsWith("c0,0.45,4,", lines[1], StringComparison.Ordinal);
        Assert.Equal(0.05, double.Parse(lines[1].Split(',')[3], System.Globalization.CultureInfo.InvariantCulture), 12);
        Assert.EndsWith(",yes,yes,yes,yes,no,yes,yes,yes,yes,yes,no", lines[1], StringComparison.Ordinal);
        Assert.Equal("c1,0.6,5,0,5,0,yes,yes,yes,yes,yes,yes,yes,yes,yes,yes,yes", lines[2]);
    }

    [Fact]
    public void Grid_RefusesValuesTheKeyDoesNotTake_AndRefusedKeys_NamingGrid()
    {
        var refused = new Dictionary<string, string>(StringComparer.Ordinal) { ["TpSeconds"] = "fig7 sweeps it" };

        var text = Assert.Throws<ScenarioException>(() => CalibrationGrid.Parse(["sigmaInterPn=0.45,abc"])).Message;
        var negative = Assert.Throws<ScenarioException>(() => CalibrationGrid.Parse(["coordinatorMovesPerSecond=-5"])).Message;
        var swept = Assert.Throws<ScenarioException>(() => CalibrationGrid.Parse(["TpSeconds=2,4"], refused)).Message;

        Assert.StartsWith("--grid sigmaInterPn=0.45,abc: sigmaInterPn=abc: expected a number", text, StringComparison.Ordinal);
        Assert.StartsWith("--grid coordinatorMovesPerSecond=-5: coordinatorMovesPerSecond=-5:", negative, StringComparison.Ordinal);
        Assert.Equal("--grid TpSeconds=2,4: a candidate cannot set TpSeconds: fig7 sweeps it", swept);
    }
}
