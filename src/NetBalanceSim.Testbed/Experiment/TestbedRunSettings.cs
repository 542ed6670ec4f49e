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

    /// <summary>Virtual seconds between sink changes (read when the experiment is given a plain list of segment loads, not a <see cref="LoadSchedule"/>).</summary>
    /// <value>The default value is 120.</value>
    public double SinkIntervalSeconds { get; init; } = 120;

    /// <summary>The tau controller's lag in real seconds.</summary>
    /// <value>The default value is 0 (none).</value>
    public double ControllerLagSeconds { get; init; }

    /// <summary>Creates the coordinator's load predictor (one per run: predictors keep state).</summary>
    /// <value>The default value creates the paper's <see cref="LastValueLoadPredictor"/>.</value>
    public Func<ILoadPredictor> PredictorFactory { get; init; } = () => new LastValueLoadPredictor();

    /// <summary>The load monitor's measurement error, applied to every report the coordinator receives.</summary>
    /// <value>The default value is null: exact reports, as in the paper (no random draws).</value>
    public LognormalReportNoise? ReportNoise { get; init; }

    /// <summary>The testbed and both cost models' constants, as every placement search sees them.</summary>
    public PlacementModel Model => new(Shape, Coordinator.TestbedCost, Coordinator.MigrationCost);

    /// <summary>The prediction window Tp in virtual seconds.</summary>
    public double TpSeconds => Coordinator.Objective.TpSeconds;

    /// <summary>The optimisation time To in real seconds.</summary>
    public double ToSeconds => Coordinator.Objective.ToSeconds;
}
