namespace NetBalanceSim.Testbed;

/// <summary>What one run of the testbed model measured.</summary>
public sealed record TestbedRunResult
{
    /// <summary>Runtime R: the real time at which the virtual experiment ended, migrations included.</summary>
    public required double RuntimeSeconds { get; init; }

    /// <summary>The experiment's length in virtual seconds: (changes + 1) x sink interval.</summary>
    public required double VirtualDurationSeconds { get; init; }

    /// <summary>Load reports handled by the coordinator (0 without NETbalance).</summary>
    public required int Reports { get; init; }

    /// <summary>Re-placements searched for (reports with a significant change).</summary>
    public required int ReplacementsConsidered { get; init; }

    /// <summary>Re-placements deployed (chi &lt; 0) and carried out before the end.</summary>
    public required int ReplacementsDeployed { get; init; }

    /// <summary>Vnodes migrated, summed over deployments.</summary>
    public required int Migrations { get; init; }

    /// <summary>The sum of Tr over deployments, in seconds.</summary>
    public required double ReconfigurationSeconds { get; init; }

    /// <summary>Annealer moves evaluated, summed over searches.</summary>
    public required long MovesEvaluated { get; init; }

    /// <summary>The mean of tau/tauLB of the predicted load right after each deployment decided (NaN without one).</summary>
    public double MeanQualityAfterDeployment { get; init; } = double.NaN;

    /// <summary>Gets the load predictor's mean absolute percentage error of the per-VM demand (a fraction; NaN without two reports).</summary>
    public double PredictionErrorDemand { get; init; } = double.NaN;

    /// <summary>Gets the load predictor's mean absolute percentage error of tau (a fraction; NaN without two reports).</summary>
    public double PredictionErrorTau { get; init; } = double.NaN;

    /// <summary>Gets the share of deployments whose realised saving was below their Tr (NaN without a deployment).</summary>
    public double UnpaidDeploymentShare { get; init; } = double.NaN;

    /// <summary>Gets the mean optimisation time To of the searches in seconds (NaN without a search).</summary>
    public double ToSecondsMean { get; init; } = double.NaN;

    /// <summary>Gets the optimisation time To of every search in order, in seconds, when To is learned (empty otherwise).</summary>
    public IReadOnlyList<double> ToSecondsPerSearch { get; init; } = [];

    /// <summary>Every change of tau, in order.</summary>
    public required IReadOnlyList<TauTracePoint> TauTrace { get; init; }

    /// <summary>The kernel's fingerprint of the run.</summary>
    public required ulong Fingerprint { get; init; }

    /// <summary>The time-averaged tau: runtime over virtual duration.</summary>
    public double MeanTau => RuntimeSeconds / VirtualDurationSeconds;
}
