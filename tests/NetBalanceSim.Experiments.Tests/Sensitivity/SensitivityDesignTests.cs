using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sensitivity;

namespace NetBalanceSim.Experiments.Tests.Sensitivity;

/// <summary>The design's points: the tornado around the scenario's own values, Morris mapped to the ranges, deterministic.</summary>
public sealed class SensitivityDesignTests
{
    private static Scenario WithKFwd(double value) => ScenarioFile.ApplyOverride(new Scenario(), FormattableString.Invariant($"kFwd={value}"));

    private static double Value(SensitivityPoint point, string key) => point.Values.Single(v => v.Key == key).Value;

    [Fact]
    public void Tornado_HasTwoKPlusOnePoints_BaseAtTheScenariosValues_EachEndChangingOneFactor()
    {
        var factors = SensitivityFactors.Select("kFwd,sigmaInterPn,reattachMsPerVnode");
        var design = SensitivityDesign.Create(WithKFwd(0.12), factors, SensitivityMethods.Tornado, 10, 4, 1);

        Assert.Equal(7, design.Points.Count);
        Assert.Null(design.Morris);
        var basePoint = design.Points[0];
        Assert.Equal(SensitivityCase.TornadoBase, basePoint.Name);
        Assert.Equal([0.12, 0.45, 200.0], basePoint.Values.Select(v => v.Value));
        foreach (var point in design.Points.Skip(1))
        {
            var changed = point.Values.Where((v, i) => v.Value != basePoint.Values[i].Value).Select(v => v.Key).ToList();
            var parsed = SensitivityCase.Parse(point.Name)!;
            Assert.Equal([parsed.Factor!], changed);
            Assert.Equal(parsed.Value, Value(point, parsed.Factor!));
            Assert.Equal(Value(basePoint, parsed.Factor!), parsed.BaseValue);
        }
        Assert.Equal([0.05, 0.2, 0.3, 1.2, 100, 400], design.Points.Skip(1).Select(p => SensitivityCase.Parse(p.Name)!.Value));
    }

    [Fact]
    public void Morris_PointsLieInTheRanges_AndKeepTheSigmasInOrder()
    {
        var factors = SensitivityFactors.All;
        var design = SensitivityDesign.Create(new Scenario(), factors, SensitivityMethods.Morris, 10, 4, 3);

        Assert.Equal(10 * (factors.Count + 1), design.Points.Count);
        foreach (var point in design.Points)
        {
            Assert.InRange(Value(point, "kFwd"), 0.05, 0.2);
            Assert.InRange(Value(point, "coordinatorMovesPerSecond"), 12500, 400000);
            Assert.InRange(Value(point, "reattachMsPerVnode"), 100, 400);
            Assert.True(Value(point, "sigmaIntra") <= Value(point, "sigmaInterVm"));
            Assert.InRange(Value(point, "sigmaInterPn") / Value(point, "sigmaInterVm"), 1 - 1e-9, 3 + 1e-9);
        }
    }

    [Fact]
    public void Morris_EachStepChangesTheFactorItNames()
    {
        var factors = SensitivityFactors.Select("kFwd,cpuIdle,suspendMsPerVnode");
        var design = SensitivityDesign.Create(new Scenario(), factors, SensitivityMethods.Morris, 4, 4, 9);

        for (var i = 1; i < design.Points.Count; i++)
        {
            var parsed = SensitivityCase.Parse(design.Points[i].Name)!;
            if (parsed.Step == 0)
            {
                continue;
            }
            var before = design.Points[i - 1].Values;
            var changed = design.Points[i].Values.Where((v, j) => v.Value != before[j].Value).Select(v => v.Key);
            Assert.Equal([parsed.Factor!], changed);
            Assert.Equal(parsed.Direction > 0, Value(design.Points[i], parsed.Factor!) > before.Single(v => v.Key == parsed.Factor).Value);
        }
    }

    [Fact]
    public void SameSeed_SameDesign_AnotherSeedAnother()
    {
        static string Text(SensitivityDesign d) => string.Join(";", d.Points.Select(p => p.Name + ":" + string.Join(",", p.Values.Select(v => v.Value))));
        var factors = SensitivityFactors.All;

        Assert.Equal(Text(SensitivityDesign.Create(new Scenario(), factors, SensitivityMethods.Both, 5, 4, 8)), Text(SensitivityDesign.Create(new Scenario(), factors, SensitivityMethods.Both, 5, 4, 8)));
        Assert.NotEqual(Text(SensitivityDesign.Create(new Scenario(), factors, SensitivityMethods.Both, 5, 4, 8)), Text(SensitivityDesign.Create(new Scenario(), factors, SensitivityMethods.Both, 5, 4, 9)));
    }

    [Theory]
    [InlineData("tornado base")]
    [InlineData("tornado kFwd low=0.05 base=0.1")]
    [InlineData("tornado coordinatorMovesPerSecond high=400000 base=50000")]
    [InlineData("morris p4 t0 s0")]
    [InlineData("morris p4 t12 s3 sigmaInterPn down")]
    public void CaseNames_ReadBackAsWritten(string name)
    {
        var parsed = SensitivityCase.Parse(name)!;

        var written = parsed switch
        {
            { Method: SensitivityMethods.Tornado, Factor: null } => SensitivityCase.TornadoBase,
            { Method: SensitivityMethods.Tornado } => SensitivityCase.TornadoEnd(parsed.Factor, parsed.High, parsed.Value, parsed.BaseValue),
            _ => SensitivityCase.MorrisPoint(parsed.Levels, parsed.Trajectory, parsed.Step, parsed.Factor, parsed.Direction),
        };
        Assert.Equal(name, written);
    }

    [Theory]
    [InlineData("grid")]
    [InlineData("tornado kFwd middle=0.1 base=0.1")]
    [InlineData("morris p4 t0 s1")]
    [InlineData("morris p4 t0 s0 kFwd up")]
    [InlineData("morris p4 t0 s1 kFwd sideways")]
    public void OtherNames_AreNoCase(string name) => Assert.Null(SensitivityCase.Parse(name));
}
