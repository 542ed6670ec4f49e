namespace NetBalance;

/// <summary>
/// Estimates the time to the next significant load change from the intervals between the changes seen so far, for
/// <see cref="ChiWindow.Learned"/>.
/// </summary>
/// <remarks>
/// DESIGN §5 "Chi window"; docs/model.md. The start (time 0, when the placement in effect was made) counts as a
/// change. The expected interval is the mean of the observed intervals; the time still to go is that mean less the
/// time since the last change, but at least one prediction window Tp (the next report can correct the placement no
/// earlier). Before any interval has been seen the estimate is Tp, the paper's window. Not thread-safe.
/// </remarks>
public sealed class ChangeIntervalEstimator
{
    private double lastChangeSeconds;
    private double intervalSumSeconds;
    private int intervals;

    /// <summary>Gets the mean interval between the changes seen so far in seconds, or null before the first one.</summary>
    public double? MeanIntervalSeconds => intervals > 0 ? intervalSumSeconds / intervals : null;

    /// <summary>Records a significant load change seen at <paramref name="nowSeconds"/>.</summary>
    /// <param name="nowSeconds">The time of the report that saw it, in (virtual) seconds since the start.</param>
    public void ObserveChange(double nowSeconds)
    {
        intervalSumSeconds += nowSeconds - lastChangeSeconds;
        intervals++;
        lastChangeSeconds = nowSeconds;
    }

    /// <summary>Returns the expected time from <paramref name="nowSeconds"/> to the next change, at least <paramref name="tpSeconds"/>.</summary>
    /// <param name="nowSeconds">The time now, in seconds since the start.</param>
    /// <param name="tpSeconds">The prediction window Tp.</param>
    /// <returns>The expected time to go, in seconds.</returns>
    public double ExpectedSecondsToNextChange(double nowSeconds, double tpSeconds) =>
        MeanIntervalSeconds is double mean ? Math.Max(tpSeconds, mean - (nowSeconds - lastChangeSeconds)) : tpSeconds;
}
