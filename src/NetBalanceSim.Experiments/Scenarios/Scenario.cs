using NetBalance;
using NetBalanceSim.Testbed;

namespace NetBalanceSim.Experiments.Scenarios;

/// <summary>
/// One experimental setup: every parameter of DESIGN §3 and §4 under its scenario name, with DESIGN's defaults
/// as calibrated in docs/model.md (the paper's default setup: Grid, 8 x 8 CPUs, Tp = 10 s, To = 1 s, 10 MB, 10 Mbit/s, 15 sink changes every
/// 120 s, 30 repetitions). Immutable; <see cref="ScenarioKeys"/> lists the keys and their rules.
/// </summary>
public sealed record Scenario
{
    /// <summary>The scenario's name; results go to <c>results/&lt;name&gt;/</c>.</summary>
    public string Name { get; init; } = "default";

    /// <summary>What the scenario shows.</summary>
    public string Description { get; init; } = "";

    /// <summary>The keys in which this scenario deliberately differs from <c>default.json</c>.</summary>
    public IReadOnlyList<string> ChangesFromDefault { get; init; } = [];

    /// <summary>Repetitions per setup (each one run with and without NETbalance).</summary>
    public int Repetitions { get; init; } = 30;

    /// <summary>Repetition r uses the run seed <c>baseSeed + r</c>.</summary>
    public long BaseSeed { get; init; } = 1;

    /// <summary>A shipped topology (<c>internet</c>, <c>grid</c>, <c>campus</c>, <c>waxman</c>) or a path to a topology file.</summary>
    public string Topology { get; init; } = "grid";

    /// <summary>Read the topology file leniently: drop self-loops and duplicate links, each with a warning.</summary>
    public bool TopologyLenient { get; init; }

    /// <summary>Keep only the topology's largest connected component (with a warning saying what was dropped).</summary>
    public bool TopologyLargestComponent { get; init; }

    /// <summary>How the scenario's topology file is read.</summary>
    public NetBalanceSim.Topologies.Formats.TopologyReadOptions TopologyReadOptions =>
        new() { DropInvalidLinks = TopologyLenient, KeepLargestComponent = TopologyLargestComponent };

    /// <summary>Each source's stream rate, in Mbit/s of virtual time.</summary>
    public double RateMbps { get; init; } = 10;

    /// <summary>How many times the sink changes.</summary>
    public int SinkChanges { get; init; } = 15;

    /// <summary>The workload, by its name in <see cref="Components.ComponentCatalog.Workloads"/>.</summary>
    public string Workload { get; init; } = Components.ComponentCatalog.DefaultWorkload;

    /// <summary>The flow trace of the <c>trace</c> workload, as written (relative to the scenario file); empty for none.</summary>
    public string TraceFile { get; init; } = "";

    /// <summary>The full path of <see cref="TraceFile"/>, resolved when the scenario is loaded (not a key); null for none.</summary>
    public string? TracePath { get; init; }

    /// <summary>The mean time a source of the <c>onOff</c> workload sends, in virtual seconds.</summary>
    public double OnOffMeanOnSeconds { get; init; } = 300;

    /// <summary>The mean time a source of the <c>onOff</c> workload is silent, in virtual seconds.</summary>
    public double OnOffMeanOffSeconds { get; init; } = 300;

    /// <summary>The number of sinks of the <c>hotspots</c> workload.</summary>
    public int Hotspots { get; init; } = 4;

    /// <summary>The mean time between two moves of one hotspot, in virtual seconds.</summary>
    public double HotspotMeanIntervalSeconds { get; init; } = 480;

    /// <summary>The load monitor's noise: the sigma of the lognormal factor on every reported value (0: exact reports).</summary>
    public double MonitorNoise { get; init; }

    /// <summary>The re-placement strategy of the run with NETbalance, by its name in <see cref="Components.ComponentCatalog.Strategies"/>.</summary>
    public string Strategy { get; init; } = Components.ComponentCatalog.DefaultStrategy;

    /// <summary>Also run the clairvoyant oracle in every repetition, for the regret of the strategy.</summary>
    public bool Oracle { get; init; }

    /// <summary>The oracle's budget per decision, in moves per vnode.</summary>
    public int OracleMovesPerVnode { get; init; } = 300;

    /// <summary>The load predictor, by its name in <see cref="Components.ComponentCatalog.Predictors"/>.</summary>
    public string Predictor { get; init; } = "lastValue";

    /// <summary>The weight of the newest report in the EWMA predictor.</summary>
    public double EwmaAlpha { get; init; } = 0.5;

    /// <summary>The window of the windowMean predictor, in reports.</summary>
    public int WindowMeanReports { get; init; } = 4;

    /// <summary>The order p of the ar predictor's model, in reports (docs/model.md, "Load predictors", says why 8).</summary>
    public int ArOrder { get; init; } = 8;

    /// <summary>How far the tendency predictor's increment and decrement factor move toward each new change, in [0, 1].</summary>
    public double TendencyAdaptDegree { get; init; } = 0.5;

    /// <summary>
    /// The settings of a testbed run (testbed, sink interval, controller lag, and every coordinator option with the
    /// cost constants), which the scenario keys read and write directly (<see cref="ScenarioKeys"/>).
    /// </summary>
    public TestbedRunSettings Run { get; init; } = DefaultRun;

    /// <summary>The initial placer's settings (the key <c>initialPlacementMovesPerVnode</c> is its budget).</summary>
    public InitialPlacerOptions Placer { get; init; } = new() { MovesPerVnode = 300 };

    /// <summary>The swept keys and their values (empty: a single point).</summary>
    public IReadOnlyList<Sweeps.SweepAxis> Sweep { get; init; } = [];

    /// <summary>
    /// The simulator's calibrated constants: DESIGN's starting constants with link emulation between VMs at
    /// 0.3 and between physical nodes at 0.45 CPU-seconds per Gbit (docs/model.md, "Calibration"). The engine's
    /// own defaults stay DESIGN's starting constants; a real coordinator measures its testbed.
    /// </summary>
    public static CostModelConstants CalibratedConstants { get; } =
        CostModelConstants.Default.With("sigmaInterVm", 0.3).With("sigmaInterPn", 0.45);

    /// <summary>
    /// The run settings of the simulator's default setup: the engine's defaults with the calibrated constants and a
    /// coordinator evaluating 200,000 moves per second of To (docs/model.md, "Calibration").
    /// </summary>
    public static TestbedRunSettings DefaultRun { get; } = new()
    {
        Coordinator = new CoordinatorOptions
        {
            TestbedCost = CalibratedConstants.Testbed,
            MigrationCost = CalibratedConstants.Migration,
            CoordinatorMovesPerSecond = 200_000,
        },
    };

    /// <summary>The cost model's constants (testbed and migration), under their scenario names.</summary>
    public CostModelConstants Constants => new(Run.Coordinator.TestbedCost, Run.Coordinator.MigrationCost);

    /// <summary>The testbed shape.</summary>
    public TestbedShape Shape => Run.Shape;

    /// <summary>Physical nodes of the testbed.</summary>
    public int PhysicalNodes => Run.Shape.PhysicalNodes;

    /// <summary>CPUs (and VMs) per physical node.</summary>
    public int CpusPerNode => Run.Shape.CpusPerNode;

    /// <summary>The prediction window Tp, in virtual seconds.</summary>
    public double TpSeconds => Run.TpSeconds;

    /// <summary>The optimisation time To, in real seconds.</summary>
    public double ToSeconds => Run.ToSeconds;

    /// <summary>Virtual seconds between sink changes.</summary>
    public double SinkIntervalSeconds => Run.SinkIntervalSeconds;

    /// <summary>The settings of one testbed run of this scenario, with its predictor.</summary>
    /// <returns>The run settings.</returns>
    public TestbedRunSettings ToRunSettings() =>
        Run with { PredictorFactory = () => Components.ComponentCatalog.Get(Components.ComponentCatalog.Predictors, Predictor).Create(this) };

    /// <summary>
    /// The settings of one run of this scenario with run seed <paramref name="runSeed"/>: <see cref="ToRunSettings()"/>
    /// with the monitor's noise (none when <see cref="MonitorNoise"/> is 0; else seeded from the run seed and the name
    /// <c>monitorNoise</c>, then per report).
    /// </summary>
    /// <param name="runSeed">The run seed.</param>
    /// <returns>The run settings.</returns>
    public TestbedRunSettings ToRunSettings(long runSeed) => MonitorNoise == 0
        ? ToRunSettings()
        : ToRunSettings() with { ReportNoise = new LognormalReportNoise(MonitorNoise, Kernel.RandomStreams.SeedFor((ulong)runSeed, "monitorNoise")) };

    /// <summary>The initial placer's settings.</summary>
    /// <returns>The options.</returns>
    public InitialPlacerOptions ToInitialPlacerOptions() => Placer;
}
