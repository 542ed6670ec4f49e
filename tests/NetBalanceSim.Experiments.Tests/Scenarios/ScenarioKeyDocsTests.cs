using System.Globalization;
using NetBalanceSim.Experiments.Scenarios;

namespace NetBalanceSim.Experiments.Tests.Scenarios;

public sealed class ScenarioKeyDocsTests
{
    public static TheoryData<string> Keys() => [.. ScenarioKeys.All.Select(k => k.Name)];

    [Fact]
    public void EveryNumberKey_HasARange_AndEveryConstantAUnitOrMeaning()
    {
        var numbers = ScenarioKeys.All.Where(k => k.Kind is ScenarioValueKind.WholeNumber or ScenarioValueKind.Number or ScenarioValueKind.NullableNumber);

        Assert.All(numbers, k => Assert.True(k.Doc.Minimum is not null && k.Doc.Maximum is not null, $"{k.Name} has no range"));
        Assert.All(NetBalance.CostModelConstants.Names, name => Assert.DoesNotContain("a cost-model constant", ScenarioKeyDocs.Meaning(ScenarioKeys.Find(name)!), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void DocumentedRange_IsTheRangeTheReaderEnforces(string name)
    {
        var key = ScenarioKeys.Find(name)!;
        var doc = ScenarioKeyDocs.For(key);
        if (doc.Minimum is not { } min || doc.Maximum is not { } max)
        {
            Assert.True(key.Kind is ScenarioValueKind.Boolean or ScenarioValueKind.Text or ScenarioValueKind.TextList, $"{name} has no range");
            return;
        }
        var whole = key.Kind == ScenarioValueKind.WholeNumber;
        Assert.Equal(!doc.ExclusiveMinimum, Accepts(name, Show(min, whole)));
        Assert.True(Accepts(name, Show(max, whole)), $"{name}={Show(max, whole)} refused");
        Assert.False(Accepts(name, whole ? Show(min - 1, whole) : Show(min - 1e-4, whole)), $"{name} below {min} accepted");
        Assert.False(Accepts(name, whole ? (ScenarioKeyDocs.WholeBound(max) + 1).ToString(CultureInfo.InvariantCulture) : Show(max + 1e-4 * Math.Max(1, max), whole)), $"{name} above {max} accepted");
    }

    [Fact]
    public void Defaults_AreTheValuesOfAScenarioThatLeavesTheKeyOut()
    {
        Assert.Equal("10", ScenarioKeyDocs.Default(ScenarioKeys.Find("TpSeconds")!));
        Assert.Equal("\"grid\"", ScenarioKeyDocs.Default(ScenarioKeys.Find("topology")!));
        Assert.Equal("null", ScenarioKeyDocs.Default(ScenarioKeys.Find("nicMbps")!));
        Assert.Equal("false", ScenarioKeyDocs.Default(ScenarioKeys.Find("reoptimizeWhileImproving")!));
        Assert.Equal("lastValue | ewma | windowMean | ar | tendency", ScenarioKeyDocs.Range(ScenarioKeys.Find("predictor")!));
    }

    private static bool Accepts(string name, string value)
    {
        try
        {
            ScenarioFile.ApplyOverride(new Scenario(), $"{name}={value}");
            return true;
        }
        catch (ScenarioException)
        {
            return false;
        }
    }

    private static string Show(double value, bool whole) => whole
        ? ScenarioKeyDocs.WholeBound(value).ToString(CultureInfo.InvariantCulture)
        : value.ToString("R", CultureInfo.InvariantCulture);
}
