using NetBalance;
using NetBalanceSim.Kernel;

namespace NetBalanceSim.Testbed;

/// <summary>
/// One run of the sink-switch experiment on the simulated testbed, with NETbalance or without it: the
/// workload process changes the sink every interval (virtual time), the tau controller keeps tau at
/// <c>tau(phi)</c>, and with NETbalance the load monitor reports every Tp virtual seconds to the coordinator
/// process, which uses the engine's <see cref="ReplacementCoordinator"/> unchanged with a
/// <see cref="MockedMigrationExecutor"/>; or, for the clairvoyant oracle (<see cref="RunControl.Oracle"/>), the
/// workload process itself re-places at each load change, at once and without To.
/// </summary>
/// <remarks>
/// DESIGN §3 "Time", "NETbalance control loop", §4 "Runtime". Predictions are exact: a sink change is
/// processed before a report at the same virtual time (it has the higher priority), so that report already
/// carries the new sink's load. The run ends when virtual time reaches <c>(changes + 1) * interval</c>.
/// </remarks>
public sealed class TestbedExperiment
{
    private const int SinkChangePriority = EventPriority.Urgent;
    private const int ReportPriority = EventPriority.Normal;

    private readonly TestbedRunSettings _settings;
    private readonly IReadOnlyList<Load> _segmentLoads;
    private readonly Placement _initialPlacement;
    private readonly RunControl _control;
    private readonly Simulation _simulation = new();
    private readonly TauController _controller;
    private readonly TestbedCostModel _costModel;
    private readonly double _endVirtualSeconds;
    private int _reports;
    private int _considered;
    private long _movesEvaluated;
    private double _qualitySum;
    private int _qualityCount;
    private MockedMigrationExecutor? _executor;
    private PredictionErrorMeter? _predictionError;
    private readonly List<double> _toSecondsPerSearch = [];
    private double _toSecondsSum;
    private int _searches;

    /// <summary>Prepares a run with the paper's annealing coordinator, or without NETbalance.</summary>
    /// <param name="settings">The testbed and control-loop settings.</param>
    /// <param name="segmentLoads">The load from virtual time k x interval on, for k = 0 .. changes.</param>
    /// <param name="initialPlacement">The placement both variants start from.</param>
    /// <param name="annealerRandom">The annealer's random source for the run with NETbalance; null for the run without.</param>
    public TestbedExperiment(TestbedRunSettings settings, IReadOnlyList<Load> segmentLoads, Placement initialPlacement, NetBalance.IRandomSource? annealerRandom)
        : this(settings, segmentLoads, initialPlacement, annealerRandom is null
            ? RunControl.Static
            : RunControl.Coordinator(new AnnealingStrategy(settings?.Coordinator.Annealer ?? throw new ArgumentNullException(nameof(settings))), annealerRandom))
    {
    }

    /// <summary>Prepares a run.</summary>
    /// <param name="settings">The testbed and control-loop settings.</param>
    /// <param name="segmentLoads">The load from virtual time k x interval on, for k = 0 .. changes.</param>
    /// <param name="initialPlacement">The placement every variant starts from.</param>
    /// <param name="control">Who changes the placement: nobody, a coordinator with a strategy, or the oracle.</param>
    public TestbedExperiment(TestbedRunSettings settings, IReadOnlyList<Load> segmentLoads, Placement initialPlacement, RunControl control)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(segmentLoads);
        ArgumentNullException.ThrowIfNull(initialPlacement);
        if (segmentLoads.Count == 0)
        {
            throw new ArgumentException("A run needs the load of at least one segment.", nameof(segmentLoads));
        }
        _settings = settings;
        _segmentLoads = segmentLoads;
        _initialPlacement = initialPlacement;
        _control = control;
        _endVirtualSeconds = segmentLoads.Count * settings.SinkIntervalSeconds;
        _costModel = new TestbedCostModel(settings.Shape, settings.Coordinator.TestbedCost);
        _controller = new TauController(_simulation, _costModel, initialPlacement, segmentLoads[0], settings.ControllerLagSeconds);
    }

    /// <summary>True if anything may change the placement during the run (a coordinator or the oracle).</summary>
    public bool WithNetBalance => _control.Kind != RunControlKind.Static;

    /// <summary>Runs the experiment to its end and reports what it measured.</summary>
    /// <returns>The run's measures.</returns>
    public TestbedRunResult Run()
    {
        var clock = _controller.Clock;
        var oracle = _control.Kind == RunControlKind.Oracle ? CreateOracle() : null;
        _simulation.Process(Workload(clock, oracle), "workload");
        if (_control.Kind == RunControlKind.Coordinator)
        {
            ReplacementCoordinator? coordinator = null;
            _executor = _settings.Coordinator.LearnOptimisationTime
                ? new MockedMigrationExecutor(_simulation, _controller, () => coordinator!.CurrentToSeconds)
                : new MockedMigrationExecutor(_simulation, _controller, _settings.ToSeconds);
            coordinator = CreateCoordinator(_executor, _control.Strategy!, _control.Random!);
            _predictionError = new PredictionErrorMeter(_costModel);
            var reports = new Store<Load>(_simulation);
            _simulation.Process(Monitor(clock, reports), "monitor");
            _simulation.Process(Coordinator(reports, coordinator), "coordinator");
        }
        var end = clock.At(_endVirtualSeconds, SinkChangePriority);
        _simulation.Run(end);
        _controller.RecordEnd();
        var executed = _executor?.Executed ?? [];
        return new TestbedRunResult
        {
            RuntimeSeconds = _simulation.Now,
            VirtualDurationSeconds = _endVirtualSeconds,
            Reports = _reports,
            ReplacementsConsidered = _considered,
            ReplacementsDeployed = executed.Count,
            Migrations = executed.Sum(m => m.MigratedVnodes),
            ReconfigurationSeconds = executed.Sum(m => m.ReconfigurationSeconds),
            MovesEvaluated = _movesEvaluated,
            MeanQualityAfterDeployment = _qualityCount > 0 ? _qualitySum / _qualityCount : double.NaN,
            PredictionErrorDemand = _predictionError?.DemandError ?? double.NaN,
            PredictionErrorTau = _predictionError?.TauError ?? double.NaN,
            UnpaidDeploymentShare = _controller.JudgedDeployments > 0 ? (double)_controller.UnpaidDeployments / _controller.JudgedDeployments : double.NaN,
            ToSecondsMean = _searches > 0 ? _toSecondsSum / _searches : double.NaN,
            ToSecondsPerSearch = _settings.Coordinator.LearnOptimisationTime ? _toSecondsPerSearch : [],
            TauTrace = _controller.Trace,
            Fingerprint = _simulation.Fingerprint,
        };
    }

    private ReplacementCoordinator CreateCoordinator(MockedMigrationExecutor executor, IReplacementStrategy strategy, NetBalance.IRandomSource random) =>
        new(
            _settings.Shape,
            _initialPlacement,
            _segmentLoads[0],
            _settings.Coordinator,
            _settings.PredictorFactory(),
            executor,
            strategy,
            _settings.Coordinator.SimulatedBudget(),
            random);

    private ReplacementSearch CreateOracle()
    {
        _executor = new MockedMigrationExecutor(_simulation, _controller, optimisationSeconds: 0);
        return new ReplacementSearch(_settings.Model, _control.Strategy!, _settings.Coordinator.Cleanup);
    }

    private IEnumerable<Event> Workload(VirtualClock clock, ReplacementSearch? oracle)
    {
        var placement = _initialPlacement;
        for (var k = 1; k < _segmentLoads.Count; k++)
        {
            yield return clock.At(k * _settings.SinkIntervalSeconds, SinkChangePriority);
            _controller.OnLoadChanged(_segmentLoads[k]);
            if (oracle is not null)
            {
                placement = OracleDecides(oracle, _segmentLoads[k], placement, _settings.SinkIntervalSeconds);
            }
        }
    }

    /// <summary>The oracle's decision at a load change: search at once, judge chi over the time to the next change, deploy if it pays.</summary>
    private Placement OracleDecides(ReplacementSearch oracle, Load load, Placement current, double secondsToNextChange)
    {
        _reports++;
        _considered++;
        var objective = _settings.Coordinator.Objective with { ToSeconds = 0, WindowOverrideSeconds = secondsToNextChange };
        var result = oracle.Run(load, current, objective, _control.OracleBudget!, _control.Random!);
        _movesEvaluated += result.MovesEvaluated;
        if (!(result.Chi < 0))
        {
            return current;
        }

        RecordQuality(result.Tau, load);
        _executor!.Execute(result.Plan, result.Placement);
        return result.Placement;
    }

    private void RecordQuality(double tau, Load load)
    {
        _qualitySum += tau / _costModel.TauLowerBound(load);
        _qualityCount++;
    }

    private IEnumerable<Event> Monitor(VirtualClock clock, Store<Load> reports)
    {
        foreach (var reportAt in ReportTimes())
        {
            yield return clock.At(reportAt, ReportPriority);
            yield return reports.Put(_controller.Load);
        }
    }

    private IEnumerable<Event> Coordinator(Store<Load> reports, ReplacementCoordinator coordinator)
    {
        while (true)
        {
            var report = reports.Get();
            yield return report;
            var decision = coordinator.OnLoadReport(report.Item!);
            _reports++;
            _predictionError!.OnReport(_controller.Load, decision.PredictedLoad, decision.Placement);
            if (!double.IsNaN(decision.ToSeconds))
            {
                _toSecondsSum += decision.ToSeconds;
                _searches++;
                if (_settings.Coordinator.LearnOptimisationTime)
                {
                    _toSecondsPerSearch.Add(decision.ToSeconds);
                }
            }
            if (decision.Outcome != ReplacementOutcome.NoSignificantChange)
            {
                _considered++;
                _movesEvaluated += decision.MovesEvaluated;
            }
            if (decision.Outcome == ReplacementOutcome.Deployed)
            {
                _qualitySum += decision.TauAfter / decision.TauLowerBound;
                _qualityCount++;
            }
        }
    }

    /// <summary>
    /// The report times k x Tp before the end. A time within a relative 1e-9 of a sink change is snapped onto
    /// it, so that rounding in k x Tp never puts a report just before the change it should see.
    /// </summary>
    private IEnumerable<double> ReportTimes()
    {
        var interval = _settings.SinkIntervalSeconds;
        for (var k = 1L; ; k++)
        {
            var at = k * _settings.TpSeconds;
            var nearestChange = Math.Round(at / interval) * interval;
            if (Math.Abs(at - nearestChange) <= 1e-9 * interval)
            {
                at = nearestChange;
            }
            if (at >= _endVirtualSeconds)
            {
                yield break;
            }
            yield return at;
        }
    }
}
