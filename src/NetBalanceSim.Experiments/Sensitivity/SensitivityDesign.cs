using System.Globalization;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Experiments.Sensitivity;

/// <summary>
/// The points of a sensitivity screening of a scenario: the tornado (its base point, the scenario's own value of every
/// factor, and each factor at its low and high end) and the Morris trajectories mapped from the unit hypercube to the
/// factors' ranges. Every point names its case (<see cref="SensitivityCase"/>) and sets every factor of the design.
/// </summary>
public sealed class SensitivityDesign
{
    private SensitivityDesign(IReadOnlyList<SensitivityFactor> factors, MorrisDesign? morris, IReadOnlyList<SensitivityPoint> points)
    {
        Factors = factors;
        Morris = morris;
        Points = points;
    }

    /// <summary>The factors, in catalog order.</summary>
    public IReadOnlyList<SensitivityFactor> Factors { get; }

    /// <summary>The Morris design in the unit hypercube, or null without Morris.</summary>
    public MorrisDesign? Morris { get; }

    /// <summary>The points: the tornado's (2k + 1), then each trajectory's (k + 1).</summary>
    public IReadOnlyList<SensitivityPoint> Points { get; }

    /// <summary>Builds the design for <paramref name="scenario"/>.</summary>
    /// <param name="scenario">The base scenario (its values are the tornado's base point and the base of relative ranges).</param>
    /// <param name="factors">The factors (at least one).</param>
    /// <param name="methods">Tornado, Morris or both.</param>
    /// <param name="trajectories">Morris's r.</param>
    /// <param name="levels">Morris's p.</param>
    /// <param name="seed">The seed of the Morris design.</param>
    /// <returns>The design.</returns>
    public static SensitivityDesign Create(Scenario scenario, IReadOnlyList<SensitivityFactor> factors, SensitivityMethods methods, int trajectories, int levels, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentOutOfRangeException.ThrowIfZero(factors.Count);
        double BaseValue(string key) => Convert.ToDouble(ScenarioKeys.Find(key)!.Get(scenario), CultureInfo.InvariantCulture);
        var points = new List<SensitivityPoint>();
        if (methods.HasFlag(SensitivityMethods.Tornado))
        {
            var basePoint = factors.Select(f => KeyValuePair.Create(f.Name, BaseValue(f.Name))).ToArray();
            points.Add(new SensitivityPoint(SensitivityCase.TornadoBase, basePoint));
            for (var i = 0; i < factors.Count; i++)
            {
                var (low, high) = Tornado.Ends(factors[i], BaseValue);
                foreach (var (isHigh, value) in new[] { (false, Tidy(low)), (true, Tidy(high)) })
                {
                    var values = basePoint.ToArray();
                    values[i] = KeyValuePair.Create(factors[i].Name, value);
                    points.Add(new SensitivityPoint(SensitivityCase.TornadoEnd(factors[i].Name, isHigh, value, basePoint[i].Value), values));
                }
            }
        }
        MorrisDesign? morris = null;
        if (methods.HasFlag(SensitivityMethods.Morris))
        {
            morris = MorrisDesign.Generate(factors.Count, trajectories, levels, seed);
            for (var t = 0; t < morris.Trajectories.Count; t++)
            {
                var trajectory = morris.Trajectories[t];
                for (var j = 0; j < trajectory.Points.Count; j++)
                {
                    var step = j == 0 ? (MorrisStep?)null : trajectory.Steps[j - 1];
                    var name = SensitivityCase.MorrisPoint(levels, t, j, step is { } s ? factors[s.Factor].Name : null, step?.Direction ?? 0);
                    points.Add(new SensitivityPoint(name, MorrisValues(factors, trajectory.Points[j], BaseValue)));
                }
            }
        }
        return new SensitivityDesign(factors, morris, points);
    }

    /// <summary>
    /// The factors' values at unit point <paramref name="unit"/>: each factor's range (or, for a factor sampled as a
    /// ratio, the ratio times the other factor's value here); then the link-emulation costs are put in order
    /// (<see cref="Order"/>).
    /// </summary>
    /// <param name="factors">The factors.</param>
    /// <param name="unit">The point in the unit hypercube, one coordinate per factor.</param>
    /// <param name="baseValue">Reads the scenario's value of a key.</param>
    /// <returns>Each factor's value.</returns>
    public static KeyValuePair<string, double>[] MorrisValues(IReadOnlyList<SensitivityFactor> factors, IReadOnlyList<double> unit, Func<string, double> baseValue)
    {
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(baseValue);
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < factors.Count; i++)
        {
            if (factors[i].MorrisRatio is null)
            {
                var (low, high) = factors[i].RangeAt(baseValue(factors[i].Name));
                values[factors[i].Name] = SensitivityFactor.Map(unit[i], low, high, factors[i].Scale);
            }
        }
        for (var i = 0; i < factors.Count; i++)
        {
            if (factors[i].MorrisRatio is { } ratio)
            {
                var of = values.TryGetValue(ratio.Of, out var designed) ? designed : baseValue(ratio.Of);
                values[factors[i].Name] = of * SensitivityFactor.Map(unit[i], ratio.Low, ratio.High, FactorScale.Linear);
            }
        }
        Order(values, baseValue);
        return [.. factors.Select(f => KeyValuePair.Create(f.Name, Tidy(values[f.Name])))];
    }

    /// <summary>
    /// Keeps <c>sigmaIntra &lt;= sigmaInterVm &lt;= sigmaInterPn</c> at a Morris point: of two neighbours in the design the
    /// lower is lowered to the upper; a design factor is kept on its side of a neighbour fixed at the scenario's value.
    /// With the catalog's ranges (and ratio sampling of sigmaInterPn) this never binds at the default setup.
    /// </summary>
    private static void Order(Dictionary<string, double> values, Func<string, double> baseValue)
    {
        var chain = SensitivityFactors.OrderedSigmas;
        for (var i = chain.Count - 2; i >= 0; i--)
        {
            var (lower, upper) = (chain[i], chain[i + 1]);
            var hasLower = values.TryGetValue(lower, out var a);
            var hasUpper = values.TryGetValue(upper, out var b);
            if (hasLower && hasUpper && a > b)
            {
                values[lower] = b;
            }
            else if (hasLower && !hasUpper)
            {
                values[lower] = Math.Min(a, baseValue(upper));
            }
            else if (!hasLower && hasUpper)
            {
                values[upper] = Math.Max(b, baseValue(lower));
            }
        }
    }

    /// <summary>The design as the sweep's <c>setup</c> axis: one case per point.</summary>
    /// <returns>The axis.</returns>
    public SweepAxis ToAxis() => new(SweepAxis.Setup, [.. Points.Select(p => (object?)new SetupCase(p.Name, [.. p.Values.Select(v => KeyValuePair.Create(v.Key, (object?)v.Value))]))]);

    /// <summary>A value rounded to 12 significant digits, so that the generated file shows 0.1, not 0.09999999999999999.</summary>
    private static double Tidy(double value) =>
        double.Parse(value.ToString("G12", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
}
