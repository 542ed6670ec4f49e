using NetBalanceSim.Experiments.Figures;
using NetBalanceSim.Kernel;

namespace NetBalanceSim.Experiments.Statements;

/// <summary>
/// How firmly each statement's verdict stands on the repetitions behind it: a paired bootstrap (Efron and Tibshirani,
/// <i>An Introduction to the Bootstrap</i>, 1993, ch. 6) that draws the repetition numbers with replacement once per
/// resample and uses the same draw at every point of every figure, as the runs share their seeds, then checks every
/// statement on the resampled means. A statement held in nearly every resample, or in nearly none, is settled by the
/// repetitions; one held in some is within their noise.
/// </summary>
public static class StatementBootstrap
{
    /// <summary>Resamples when none are given.</summary>
    public const int DefaultResamples = 1000;

    /// <summary>Reads every figure's <c>runs.csv</c> (the runs with NETbalance) and resamples it.</summary>
    /// <param name="root">The folder holding the figures' results folders.</param>
    /// <param name="resamples">Resamples, at least 1.</param>
    /// <param name="seed">The seed of the draws.</param>
    /// <returns>Per statement of <see cref="PaperStatements.All"/>, in order, the share of resamples in which it holds.</returns>
    /// <exception cref="FigureException">No figure has a <c>runs.csv</c>, or one is malformed (the message names the file and line).</exception>
    public static IReadOnlyList<double> HoldShares(string root, int resamples, ulong seed)
    {
        var figures = new SortedDictionary<string, FigureRuns>(StringComparer.Ordinal);
        foreach (var id in PaperStatements.FigureIds)
        {
            var path = Path.Combine(root, id, "runs.csv");
            if (File.Exists(path))
            {
                figures[id] = FigureRuns.Load(path);
            }
        }
        return figures.Count > 0
            ? HoldShares(figures, resamples, seed)
            : throw new FigureException($"{root}: none of {string.Join(", ", PaperStatements.FigureIds)} has a runs.csv to resample");
    }

    /// <summary>Resamples figures already read.</summary>
    /// <param name="figures">The runs of each figure by figure id.</param>
    /// <param name="resamples">Resamples, at least 1.</param>
    /// <param name="seed">The seed of the draws.</param>
    /// <returns>Per statement of <see cref="PaperStatements.All"/>, in order, the share of resamples in which it holds.</returns>
    public static IReadOnlyList<double> HoldShares(IReadOnlyDictionary<string, FigureRuns> figures, int resamples, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        var repetitions = figures.Values.SelectMany(f => f.Repetitions).Distinct().Order().ToArray();
        if (repetitions.Length == 0)
        {
            throw new FigureException("the figures' runs.csv hold no run with NETbalance to resample");
        }
        var random = new RandomStreams(seed).Stream("bootstrap");
        var held = new int[PaperStatements.All.Count];
        var drawn = new int[repetitions.Length];
        for (var b = 0; b < resamples; b++)
        {
            for (var i = 0; i < drawn.Length; i++)
            {
                drawn[i] = repetitions[random.NextInt(repetitions.Length)];
            }
            var results = new FigureResults(figures.ToDictionary(f => f.Key, f => f.Value.Resampled(drawn), StringComparer.Ordinal));
            for (var s = 0; s < held.Length; s++)
            {
                if (PaperStatements.All[s].Check(results).Holds == true)
                {
                    held[s]++;
                }
            }
        }
        return [.. held.Select(h => (double)h / resamples)];
    }
}
