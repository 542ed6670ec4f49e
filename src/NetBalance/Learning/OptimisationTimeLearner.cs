namespace NetBalance;

/// <summary>
/// Learns the optimisation time To online (the paper's future work; DESIGN §5 "Learning To online"): every search
/// records its anytime curve, from which the saving <c>-chi</c> every shorter candidate To would have given is known;
/// the next search uses the candidate with the highest mean saving so far, and every
/// <see cref="ExploreEvery"/>-th search the next longer one, so that longer times are measured too.
/// </summary>
/// <remarks>
/// The candidates are the starting To times 2^k for k = -3 .. 3 that lie below Tp. A search's saving at a candidate
/// is <c>max(0, -chi)</c> (nothing is deployed when chi is not negative) with chi counted for that candidate's To
/// (its window <c>Tp - To</c>). Before any search, and while no candidate has been seen, the starting To is used.
/// A prefix of a long search is an estimate of a short one (its cooling is slower), so short candidates are, if
/// anything, underrated. Deterministic; not thread-safe.
/// </remarks>
public sealed class OptimisationTimeLearner
{
    private const int OctavesEachWay = 3;
    private readonly double[] candidates;
    private readonly double[] savingSum;
    private readonly int[] observations;
    private readonly double tpSeconds;
    private long searches;

    /// <summary>Creates a learner.</summary>
    /// <param name="startToSeconds">The To to start from (the scenario's), positive and below Tp.</param>
    /// <param name="tpSeconds">The prediction window Tp in seconds.</param>
    /// <param name="exploreEvery">Every how many searches a longer To is tried; 0 never.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public OptimisationTimeLearner(double startToSeconds, double tpSeconds, int exploreEvery)
    {
        if (!(startToSeconds > 0 && startToSeconds < tpSeconds) || !double.IsFinite(tpSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(startToSeconds), startToSeconds, "To must lie above 0 and below Tp to be learned.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(exploreEvery);
        this.tpSeconds = tpSeconds;
        ExploreEvery = exploreEvery;
        StartToSeconds = startToSeconds;
        candidates = [.. Enumerable.Range(-OctavesEachWay, (2 * OctavesEachWay) + 1)
            .Select(k => startToSeconds * Math.Pow(2, k))
            .Where(to => to < tpSeconds)];
        savingSum = new double[candidates.Length];
        observations = new int[candidates.Length];
    }

    /// <summary>Gets the candidate optimisation times in seconds, ascending.</summary>
    public IReadOnlyList<double> CandidatesSeconds => candidates;

    /// <summary>Gets the To the learner starts from.</summary>
    public double StartToSeconds { get; }

    /// <summary>Gets every how many searches a longer To is tried (0: never).</summary>
    public int ExploreEvery { get; }

    /// <summary>The To with the highest mean saving so far (ties: the shorter), or the starting To before any is known.</summary>
    /// <returns>The To in seconds.</returns>
    public double BestToSeconds()
    {
        var best = -1;
        for (var i = 0; i < candidates.Length; i++)
        {
            if (observations[i] > 0 && (best < 0 || Mean(i) > Mean(best)))
            {
                best = i;
            }
        }

        return best < 0 ? StartToSeconds : candidates[best];
    }

    /// <summary>The To for the next search: the best so far, or on an exploring search the next longer candidate.</summary>
    /// <returns>The To in seconds.</returns>
    public double NextToSeconds()
    {
        var best = BestToSeconds();
        if (ExploreEvery > 0 && searches > 0 && searches % ExploreEvery == 0)
        {
            var longer = Array.FindIndex(candidates, c => c > best);
            return longer >= 0 ? candidates[longer] : best;
        }

        return best;
    }

    /// <summary>The checkpoints a search with <paramref name="toSeconds"/> should record: the moves of every shorter or equal candidate.</summary>
    /// <param name="toSeconds">The To of the search.</param>
    /// <param name="movesOf">The moves the search's strategy would get for a given To.</param>
    /// <returns>The move counts, ascending, one per candidate up to <paramref name="toSeconds"/>.</returns>
    public IReadOnlyList<long> Checkpoints(double toSeconds, Func<double, long> movesOf)
    {
        ArgumentNullException.ThrowIfNull(movesOf);
        return [.. candidates.Where(c => c <= toSeconds).Select(movesOf)];
    }

    /// <summary>Takes one search's outcome: its savings at every candidate up to the To it used.</summary>
    /// <param name="toSeconds">The To the search used.</param>
    /// <param name="objective">The search's objective; chi at a candidate is counted with that candidate's To.</param>
    /// <param name="tauCurrent">tau(phi) of the placement in effect under the predicted load.</param>
    /// <param name="curve">The search's anytime curve at the candidates shorter than <paramref name="toSeconds"/> (<see cref="Checkpoints"/>).</param>
    /// <param name="finalTau">tau(phi') of the search's result.</param>
    /// <param name="finalReconfigurationSeconds">Its Tr in seconds.</param>
    public void Observe(double toSeconds, ChiObjective objective, double tauCurrent, AnytimeCurve curve, double finalTau, double finalReconfigurationSeconds)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(curve);
        searches++;
        for (var i = 0; i < candidates.Length && candidates[i] <= toSeconds; i++)
        {
            var last = candidates[i] == toSeconds;
            double tau, tr;
            if (last)
            {
                (tau, tr) = (finalTau, finalReconfigurationSeconds);
            }
            else if (!curve.TryGet(i, out tau, out tr))
            {
                continue;
            }

            var chi = (objective with { ToSeconds = candidates[i] }).Chi(tauCurrent, tau, tr);
            savingSum[i] += Math.Max(0, -chi);
            observations[i]++;
        }
    }

    /// <summary>The mean saving of candidate <paramref name="index"/> over the searches that reached it, in seconds.</summary>
    /// <param name="index">The candidate.</param>
    /// <returns>The mean saving, or NaN before any.</returns>
    public double Mean(int index) => observations[index] > 0 ? savingSum[index] / observations[index] : double.NaN;

    /// <summary>Gets the prediction window Tp the candidates lie below.</summary>
    public double TpSeconds => tpSeconds;
}
