namespace NetBalance;

/// <summary>The paper's predictor: the next window's load is the last measured one.</summary>
/// <remarks>Paper section III (Yang et al.: the last value predicts about as well as more elaborate predictors). Stateless.</remarks>
public sealed class LastValueLoadPredictor : ILoadPredictor
{
    /// <inheritdoc/>
    public Load Predict(Load measured)
    {
        ArgumentNullException.ThrowIfNull(measured);
        return measured;
    }
}
