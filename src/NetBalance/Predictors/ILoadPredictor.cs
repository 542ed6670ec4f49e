namespace NetBalance;

/// <summary>Predicts the load of the next prediction window from the load monitor's reports.</summary>
/// <remarks>
/// DESIGN §3 "NETbalance control loop": the paper's predictor is the last measured value
/// (<see cref="LastValueLoadPredictor"/>); others are pluggable. A predictor may keep state
/// between reports; it is called once per report, in report order. Implementations need not be
/// thread-safe.
/// </remarks>
public interface ILoadPredictor
{
    /// <summary>Takes one measured load report and returns the load predicted for the coming window.</summary>
    /// <param name="measured">The load measured over the last window.</param>
    /// <returns>The predicted load, on the same graph.</returns>
    Load Predict(Load measured);
}
