namespace NetBalance;

/// <summary>The Metropolis acceptance test of simulated annealing.</summary>
internal static class MetropolisRule
{
    /// <summary>
    /// Accepts an improvement (or no change) outright; accepts a worsening <paramref name="delta"/>
    /// when <c>u &lt; exp(-delta / T)</c> with <c>u = random.NextDouble()</c>.
    /// </summary>
    public static bool Accepts(double delta, double temperature, IRandomSource random) =>
        delta <= 0 || random.NextDouble() < Math.Exp(-delta / temperature);
}
