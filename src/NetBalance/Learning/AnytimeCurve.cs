namespace NetBalance;

/// <summary>
/// The anytime curve of one search: the best candidate's tau(phi') and Tr when the search had used each of a few
/// given move counts. From it, the chi any shorter optimisation time To would have reached can be read off
/// (DESIGN §5 "Learning To online").
/// </summary>
/// <remarks>
/// The searcher calls <see cref="Reach"/> as its move count grows; a checkpoint takes the best candidate at the first
/// call at or beyond it. A strategy that does not call it leaves the curve empty, and only its final result counts.
/// Reused between searches through <see cref="Reset"/>; allocates nothing after construction. Not thread-safe.
/// </remarks>
public sealed class AnytimeCurve
{
    private readonly long[] checkpointMoves;
    private readonly double[] tau;
    private readonly double[] reconfigurationSeconds;

    /// <summary>Creates a curve.</summary>
    /// <param name="checkpointMoves">The move counts to record at, ascending.</param>
    /// <exception cref="ArgumentException">The counts are not ascending or one is negative.</exception>
    public AnytimeCurve(IReadOnlyList<long> checkpointMoves)
    {
        ArgumentNullException.ThrowIfNull(checkpointMoves);
        for (var i = 0; i < checkpointMoves.Count; i++)
        {
            if (checkpointMoves[i] < 0 || (i > 0 && checkpointMoves[i] < checkpointMoves[i - 1]))
            {
                throw new ArgumentException("Checkpoints must be non-negative and ascending.", nameof(checkpointMoves));
            }
        }

        this.checkpointMoves = [.. checkpointMoves];
        tau = new double[this.checkpointMoves.Length];
        reconfigurationSeconds = new double[this.checkpointMoves.Length];
    }

    /// <summary>Gets the number of checkpoints reached so far.</summary>
    public int Reached { get; private set; }

    /// <summary>Gets the number of checkpoints.</summary>
    public int Count => checkpointMoves.Length;

    /// <summary>Records the best candidate so far at every checkpoint up to <paramref name="moves"/> not yet reached.</summary>
    /// <param name="moves">The moves the search has used.</param>
    /// <param name="bestTau">tau(phi') of the best candidate so far.</param>
    /// <param name="bestReconfigurationSeconds">Its Tr in seconds.</param>
    public void Reach(long moves, double bestTau, double bestReconfigurationSeconds)
    {
        while (Reached < checkpointMoves.Length && moves >= checkpointMoves[Reached])
        {
            tau[Reached] = bestTau;
            reconfigurationSeconds[Reached] = bestReconfigurationSeconds;
            Reached++;
        }
    }

    /// <summary>The best candidate at checkpoint <paramref name="index"/>, if the search got that far.</summary>
    /// <param name="index">The checkpoint.</param>
    /// <param name="bestTau">tau(phi') of the best candidate then.</param>
    /// <param name="bestReconfigurationSeconds">Its Tr in seconds.</param>
    /// <returns>Whether the checkpoint was reached.</returns>
    public bool TryGet(int index, out double bestTau, out double bestReconfigurationSeconds)
    {
        var reached = index >= 0 && index < Reached;
        bestTau = reached ? tau[index] : double.NaN;
        bestReconfigurationSeconds = reached ? reconfigurationSeconds[index] : double.NaN;
        return reached;
    }

    /// <summary>Forgets every checkpoint reached, for the next search.</summary>
    public void Reset() => Reached = 0;
}
