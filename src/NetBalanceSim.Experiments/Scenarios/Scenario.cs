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

    /// <summary>Physical nodes of the testbed.</summary>
    public int PhysicalNodes { get; init; } = 8;

    /// <summary>CPUs (and VMs) per physical node.</summary>
    public int CpusPerNode { get; init; } = 8;

    /// <summary>The prediction window Tp, in virtual seconds.</summary>
    public double TpSeconds { get; init; } = 10;

    /// <summary>The optimisation time To, in real seconds.</summary>
    public double ToSeconds { get; init; } = 1;

    /// <summary>Each source's stream rate, in Mbit/s of virtual time.</summary>
    public double RateMbps { get; init; } = 10;

    /// <summary>How many times the sink changes.</summary>
    public int SinkChanges { get; init; } = 15;

    /// <summary>Virtual seconds between sink changes.</summary>
    public double SinkIntervalSeconds { get; init; } = 120;

    /// <summary>Annealer moves the simulated coordinator evaluates per second of To.</summary>
    public double CoordinatorMovesPerSecond { get; init; } = 50_000;

    /// <summary>Relative change of any VM's load that starts a re-placement.</summary>
    public double ChangeThreshold { get; init; } = 0.05;

    /// <summary>The re-placement strategy of the run with NETbalance, by its name in <see cref="Components.ComponentCatalog.Strategies"/>.</summary>
    public string Strategy { get; init; } = Components.ComponentCatalog.DefaultStrategy;

    /// <summary>Run the cleanup pass after every search (DESIGN §5; off only for ablations).</summary>
    public bool Cleanup { get; init; } = true;

    /// <summary>Search again at the next report after a search that deployed nothing (DESIGN §5 "Retry").</summary>
    public bool RetryAfterFailedSearch { get; init; } = true;

    /// <summary><c>paper</c> (chi over Tp - To) or <c>learned</c> (over the expected time to the next change).</summary>
    public string ChiWindow { get; init; } = "paper";

    /// <summary>Also run the clairvoyant oracle in every repetition, for the regret of the strategy.</summary>
    public bool Oracle { get; init; }

    /// <summary>The oracle's budget per decision, in moves per vnode.</summary>
    public int OracleMovesPerVnode { get; init; } = 300;

    /// <summary>The load predictor, by its name in <see cref="Components.ComponentCatalog.Predictors"/>.</summary>
    public string Predictor { get; init; } = "lastValue";

    /// <summary>The weight of the newest report in the EWMA predictor.</summary>
    public double EwmaAlpha { get; init; } = 0.5;

    /// <summary><c>literal</c> (paper eq. 1 as printed) or <c>unitConsistent</c>.</summary>
    public string ChiFormula { get; init; } = "literal";

    /// <summary>Optimise again at the next report after a deployment, even without a load change.</summary>
    public bool ReoptimizeWhileImproving { get; init; }

    /// <summary>The tau controller's lag in real seconds.</summary>
    public double ControllerLagSeconds { get; init; }

    /// <summary>The initial placement's annealing budget, in moves per vnode.</summary>
    public int InitialPlacementMovesPerVnode { get; init; } = 300;

    /// <summary>The swept keys and their values (empty: a single point).</summary>
    public IReadOnlyList<Sweeps.SweepAxis> Sweep { get; init; } = [];

    /// <summary>The cost model's constants (testbed and migration), under their scenario names.</summary>
    public CostModelConstants Constants { get; init; } = CalibratedConstants;

    /// <summary>
    /// The simulator's calibrated constants: DESIGN's starting constants with link emulation between VMs at
    /// 0.3 and between physical nodes at 0.6 CPU-seconds per Gbit (docs/model.md, "Calibration"). The engine's
    /// own defaults stay DESIGN's starting constants; a real coordinator measures its testbed.
    /// </summary>
    public static CostModelConstants CalibratedConstants { get; } =
        CostModelConstants.Default.With("sigmaInterVm", 0.3).With("sigmaInterPn", 0.6);

    /// <summary>The testbed shape.</summary>
    public TestbedShape Shape => new(PhysicalNodes, CpusPerNode);

    /// <summary>The settings of one testbed run of this scenario.</summary>
    /// <returns>The run settings.</returns>
    public TestbedRunSettings ToRunSettings() => new()
    {
        Shape = Shape,
        SinkIntervalSeconds = SinkIntervalSeconds,
        ControllerLagSeconds = ControllerLagSeconds,
        PredictorFactory = () => Components.ComponentCatalog.Get(Components.ComponentCatalog.Predictors, Predictor).Create(this),
        Coordinator = new CoordinatorOptions
        {
            Objective = new ChiObjective
            {
                TpSeconds = TpSeconds,
                ToSeconds = ToSeconds,
                Formula = ChiFormula == "unitConsistent" ? NetBalance.ChiFormula.UnitConsistent : NetBalance.ChiFormula.Literal,
            },
            TestbedCost = Constants.Testbed,
            MigrationCost = Constants.Migration,
            ChangeThreshold = ChangeThreshold,
            CoordinatorMovesPerSecond = CoordinatorMovesPerSecond,
            ReoptimizeWhileImproving = ReoptimizeWhileImproving,
            Cleanup = Cleanup,
            RetryAfterFailedSearch = RetryAfterFailedSearch,
            ChiWindow = ChiWindow == "learned" ? NetBalance.ChiWindow.Learned : NetBalance.ChiWindow.Paper,
        },
    };

    /// <summary>The initial placer's settings.</summary>
    /// <returns>The options.</returns>
    public InitialPlacerOptions ToInitialPlacerOptions() => new() { MovesPerVnode = InitialPlacementMovesPerVnode };
}
