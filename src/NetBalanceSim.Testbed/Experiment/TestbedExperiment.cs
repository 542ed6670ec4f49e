using NetBalance;
using NetBalanceSim.Kernel;

namespace NetBalanceSim.Testbed;

/// <summary>
/// One run of the sink-switch experiment on the simulated testbed, with NETbalance or without it: the
/// workload process changes the sink every interval (virtual time), the tau controller keeps tau at
/// <c>tau(phi)</c>, and with NETbalance the load monitor reports every Tp virtual seconds to the coordinator
/// process, which uses the engine's <see cref="ReplacementCoordinator"/> unchanged with a
/// <see cref="MockedMigrationExecutor"/>.
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
    private readonly NetBalance.IRandomSource? _annealerRandom;
    private readonly Simulation _simulation = new();
    private readonly TauController _controller;
    private readonly double _endVirtualSeconds;
    private int _reports;
    private int _considered;
    private long _movesEvaluated;

    /// <summary>Prepares a run.</summary>
    /// <param name="settings">The testbed and control-loop settings.</param>
    /// <param name="segmentLoads">The load from virtual time k x interval on, for k = 0 .. changes.</param>
    /// <param name="initialPlacement">The placement both variants start from.</param>
    /// <param name="annealerRandom">The annealer's random source for the run with NETbalance; null for the run without.</param>
    public TestbedExperiment(TestbedRunSettings settings, IReadOnlyList<Load> segmentLoads, Placement initialPlacement, NetBalance.IRandomSource? annealerRandom)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(segmentLoads);
        ArgumentNullException.ThrowIfNull(initialPlacement);
        if (segmentLoads.Count == 0)
        {
            throw new ArgumentException("A run needs the load of at least one segment.", nameof(segmentLoads));
        }
        _settings = settings;
        _segmentLoads = segmentLoads;
        _initialPlacement = initialPlacement;
        _annealerRandom = annealerRandom;
        _endVirtualSeconds = segmentLoads.Count * settings.SinkIntervalSeconds;
        var costModel = new TestbedCostModel(settings.Shape, settings.Coordinator.TestbedCost);
        _controller = new TauController(_simulation, costModel, initialPlacement, segmentLoads[0], settings.ControllerLagSeconds);
    }

    /// <summary>True if the run uses NETbalance (it was given an annealer random source).</summary>
    public bool WithNetBalance => _annealerRandom is not null;

    /// <summary>Runs the experiment to its end and reports what it measured.</summary>
    /// <returns>The run's measures.</returns>
    public TestbedRunResult Run()
    {
        var clock = _controller.Clock;
        _simulation.Process(Workload(clock), "workload");
        MockedMigrationExecutor? executor = null;
        if (_annealerRandom is not null)
        {
            executor = new MockedMigrationExecutor(_simulation, _controller, _settings.ToSeconds);
            var reports = new Store<Load>(_simulation);
            _simulation.Process(Monitor(clock, reports), "monitor");
            _simulation.Process(Coordinator(reports, CreateCoordinator(executor, _annealerRandom)), "coordinator");
        }
        var end = clock.At(_endVirtualSeconds, SinkChangePriority);
        _simulation.Run(end);
        _controller.RecordEnd();
        var executed = executor?.Executed ?? [];
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
            TauTrace = _controller.Trace,
            Fingerprint = _simulation.Fingerprint,
        };
    }

    private ReplacementCoordinator CreateCoordinator(MockedMigrationExecutor executor, NetBalance.IRandomSource random) =>
        new(
            _settings.Shape,
            _initialPlacement,
            _segmentLoads[0],
            _settings.Coordinator,
            _settings.CreatePredictor(),
            executor,
            _settings.Coordinator.SimulatedBudget(),
            random);

    private IEnumerable<Event> Workload(VirtualClock clock)
    {
        for (var k = 1; k < _segmentLoads.Count; k++)
        {
            yield return clock.At(k * _settings.SinkIntervalSeconds, SinkChangePriority);
            _controller.OnLoadChanged(_segmentLoads[k]);
        }
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
            if (decision.Outcome != ReplacementOutcome.NoSignificantChange)
            {
                _considered++;
                _movesEvaluated += decision.MovesEvaluated;
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
