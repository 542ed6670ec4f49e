using NetBalanceSim.Experiments.Statistics;

namespace NetBalanceSim.Experiments.Sensitivity;

/// <summary>
/// Elementary effects and the Morris measures: along a trajectory, the step that moves factor i by d delta (d = +1 or
/// -1) gives EE_i = d (y_after - y_before) / delta = (y(x + delta e_i) - y(x)) / delta; per factor mu* = mean |EE|,
/// mu = mean EE, sigma = sd EE.
/// </summary>
public static class MorrisEffects
{
    /// <summary>The elementary effects of each factor over <paramref name="runs"/>.</summary>
    /// <param name="factors">The number of factors k.</param>
    /// <param name="runs">The trajectories with their outputs.</param>
    /// <param name="delta">The step in the unit hypercube.</param>
    /// <returns>Per factor index, its effects in trajectory order.</returns>
    /// <exception cref="ArgumentException">A run's outputs do not match its steps, or a step names no factor.</exception>
    public static IReadOnlyList<IReadOnlyList<double>> Elementary(int factors, IEnumerable<MorrisRun> runs, double delta)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(delta);
        var effects = Enumerable.Range(0, factors).Select(_ => new List<double>()).ToArray();
        foreach (var run in runs)
        {
            if (run.Outputs.Count != run.Steps.Count + 1)
            {
                throw new ArgumentException($"A run of {run.Steps.Count} steps needs {run.Steps.Count + 1} outputs, not {run.Outputs.Count}.", nameof(runs));
            }
            for (var j = 0; j < run.Steps.Count; j++)
            {
                var step = run.Steps[j];
                if (step.Factor < 0 || step.Factor >= factors || step.Direction is not (1 or -1))
                {
                    throw new ArgumentException($"Step {j} moves factor {step.Factor} by {step.Direction}; expected a factor below {factors} and +1 or -1.", nameof(runs));
                }
                effects[step.Factor].Add(step.Direction * (run.Outputs[j + 1] - run.Outputs[j]) / delta);
            }
        }
        return effects;
    }

    /// <summary>mu*, mu and sigma of each factor, ranked by mu* (largest first; ties by name).</summary>
    /// <param name="names">The factors' names, by index.</param>
    /// <param name="runs">The trajectories with their outputs.</param>
    /// <param name="delta">The step in the unit hypercube.</param>
    /// <returns>One index per factor that has at least one effect, ranked.</returns>
    public static IReadOnlyList<MorrisIndex> Indices(IReadOnlyList<string> names, IEnumerable<MorrisRun> runs, double delta)
    {
        ArgumentNullException.ThrowIfNull(names);
        var effects = Elementary(names.Count, runs, delta);
        var unranked = names.Select((name, i) => (Name: name, Effects: effects[i]))
            .Where(f => f.Effects.Count > 0)
            .Select(f =>
            {
                var signed = SampleSummary.Of(f.Effects);
                return new MorrisIndex(f.Name, f.Effects.Average(Math.Abs), signed.Mean, signed.StandardDeviation, f.Effects.Count, 0);
            })
            .OrderByDescending(m => m.MuStar)
            .ThenBy(m => m.Factor, StringComparer.Ordinal)
            .ToList();
        return [.. unranked.Select((m, i) => m with { Rank = i + 1 })];
    }
}
