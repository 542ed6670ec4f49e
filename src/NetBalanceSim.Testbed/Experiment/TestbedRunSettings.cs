using NetBalance;

namespace NetBalanceSim.Testbed;

/// <summary>Everything one run of the testbed model needs besides its loads and initial placement.</summary>
public sealed record TestbedRunSettings
{
    /// <summary>The testbed: physical nodes and CPUs per node.</summary>
    /// <value>The default value is 8 x 8.</value>
    public TestbedShape Shape { get; init; } = new(8, 8);

    /// <summary>The coordinator's settings, including the cost constants, Tp and To (in <see cref="CoordinatorOptions.Objective"/>).</summary>
    public CoordinatorOptions Coordinator { get; init; } = new();

    /// <summary>Virtual seconds between sink changes.</summary>
    /// <value>The default value is 120.</value>
    public double SinkIntervalSeconds { get; init; } = 120;

    /// <summary>The tau controller's lag in real seconds.</summary>
    /// <value>The default value is 0 (none).</value>
    public double ControllerLagSeconds { get; init; }

    /// <summary>The load predictor: <c>lastValue</c> (the paper's) or <c>ewma</c>.</summary>
    /// <value>The default value is <c>lastValue</c>.</value>
    public string Predictor { get; init; } = "lastValue";

    /// <summary>The weight of the newest report in the EWMA predictor.</summary>
    /// <value>The default value is 0.5.</value>
    public double EwmaAlpha { get; init; } = 0.5;

    /// <summary>The prediction window Tp in virtual seconds.</summary>
    public double TpSeconds => Coordinator.Objective.TpSeconds;

    /// <summary>The optimisation time To in real seconds.</summary>
    public double ToSeconds => Coordinator.Objective.ToSeconds;

    /// <summary>Creates the predictor named by <see cref="Predictor"/>.</summary>
    /// <returns>A new predictor.</returns>
    public ILoadPredictor CreatePredictor() => Predictor switch
    {
        "lastValue" => new LastValueLoadPredictor(),
        "ewma" => new EwmaLoadPredictor(EwmaAlpha),
        _ => throw new ArgumentException($"Unknown predictor '{Predictor}'; expected 'lastValue' or 'ewma'."),
    };
}
