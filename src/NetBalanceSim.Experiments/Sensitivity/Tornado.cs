namespace NetBalanceSim.Experiments.Sensitivity;

/// <summary>One-at-a-time (tornado) screening: each factor at its low and high end, every other at the scenario's value.</summary>
public static class Tornado
{
    /// <summary>
    /// The ends a factor is run at, given the scenario's values of the link-emulation costs: each end is kept between
    /// the base values of its neighbours in <c>sigmaIntra &lt;= sigmaInterVm &lt;= sigmaInterPn</c> (no bound where the
    /// base values are themselves out of order).
    /// </summary>
    /// <param name="factor">The factor.</param>
    /// <param name="baseValue">Reads the scenario's value of a key.</param>
    /// <returns>The low and the high end as run.</returns>
    public static (double Low, double High) Ends(SensitivityFactor factor, Func<string, double> baseValue)
    {
        ArgumentNullException.ThrowIfNull(factor);
        ArgumentNullException.ThrowIfNull(baseValue);
        var (low, high) = factor.RangeAt(baseValue(factor.Name));
        var chain = SensitivityFactors.OrderedSigmas;
        var at = IndexOf(chain, factor.Name);
        if (at < 0)
        {
            return (low, high);
        }
        var below = at > 0 ? baseValue(chain[at - 1]) : double.NegativeInfinity;
        var above = at < chain.Count - 1 ? baseValue(chain[at + 1]) : double.PositiveInfinity;
        return below <= above ? (Math.Clamp(low, below, above), Math.Clamp(high, below, above)) : (low, high);
    }

    /// <summary>The rows ranked by swing, largest first (ties by name), with <see cref="TornadoRow.Rank"/> set.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The ranked rows.</returns>
    public static IReadOnlyList<TornadoRow> Rank(IEnumerable<TornadoRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return [.. rows.OrderByDescending(r => r.Swing).ThenBy(r => r.Factor, StringComparer.Ordinal).Select((r, i) => r with { Rank = i + 1 })];
    }

    private static int IndexOf(IReadOnlyList<string> list, string name)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == name)
            {
                return i;
            }
        }
        return -1;
    }
}
