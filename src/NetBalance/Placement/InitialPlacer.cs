namespace NetBalance;

/// <summary>
/// Computes an initial placement for a load, with no migration cost and a generous budget:
/// a multilevel partition of the load-weighted graph, refined by the annealer at every level.
/// </summary>
/// <remarks>
/// DESIGN §3 "Initial placement and the baseline" (NETplace: "combining graph partitioning and
/// greedy approaches"). Coarsen by heavy-edge and sibling matching until about
/// <see cref="InitialPlacerOptions.CoarsestVnodesPerVm"/> vertices per VM remain; place the
/// coarsest graph in breadth-first chunks of equal CPU; then, from the coarsest level to the vnodes,
/// anneal on tau alone (<see cref="ChiObjective.TauOnly"/>) and project. Coarse levels are exact
/// restrictions of the cost model, so every level optimises the true tau. A level larger than
/// <see cref="InitialPlacerOptions.FullBudgetVertices"/> gets a square-root budget (unless the caller gives a budget) and spends
/// <see cref="InitialPlacerOptions.LargeLevelBoundaryProbability"/> of its moves at the most loaded VM's boundary
/// (docs/model.md). Deterministic for a given random source. Thread-safe (no state between calls).
/// </remarks>
public sealed class InitialPlacer
{
    private readonly TestbedCostModel testbed;
    private readonly SimulatedAnnealingReplacer replacer;
    private readonly SimulatedAnnealingReplacer largeLevelReplacer;

    /// <summary>Creates an initial placer.</summary>
    /// <param name="shape">The testbed.</param>
    /// <param name="cost">The testbed cost constants.</param>
    /// <param name="options">The placer's settings.</param>
    public InitialPlacer(TestbedShape shape, TestbedCostOptions cost, InitialPlacerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        testbed = new TestbedCostModel(shape, cost);
        Options = options.Validate();
        replacer = new SimulatedAnnealingReplacer(shape, cost, new MigrationCostOptions(), options.Annealer);
        largeLevelReplacer = new SimulatedAnnealingReplacer(
            shape, cost, new MigrationCostOptions(), options.Annealer with { HotBoundaryProbability = options.LargeLevelBoundaryProbability });
    }

    /// <summary>Gets the placer's settings.</summary>
    public InitialPlacerOptions Options { get; }

    /// <summary>Places every vnode of a load with <see cref="InitialPlacerOptions.LevelMoves"/> moves at every level.</summary>
    /// <param name="load">The load to place for (e.g. the first sink's).</param>
    /// <param name="random">The random source (matching order and annealing).</param>
    /// <returns>The placement with its tau, tauLB and quality.</returns>
    public InitialPlacementResult Place(Load load, IRandomSource random) => Place(load, random, null);

    /// <summary>Places every vnode of a load within a budget, shared by the levels in proportion to their vertices.</summary>
    /// <param name="load">The load to place for.</param>
    /// <param name="random">The random source (matching order and annealing).</param>
    /// <param name="budget">The budget of all levels' annealing, or null for <see cref="InitialPlacerOptions.LevelMoves"/> at every level.</param>
    /// <returns>The placement with its tau, tauLB and quality.</returns>
    public InitialPlacementResult Place(Load load, IRandomSource random, ISearchBudget? budget) => Place(load, random, budget, null);

    /// <summary>Places every vnode of a load, reporting each coarsening and refinement step as it finishes.</summary>
    /// <param name="load">The load to place for.</param>
    /// <param name="random">The random source (matching order and annealing).</param>
    /// <param name="budget">The budget of all levels' annealing, or null for the default budget of every level.</param>
    /// <param name="progress">Told of every finished step (on the calling thread), or null.</param>
    /// <returns>The placement with its tau, tauLB and quality.</returns>
    public InitialPlacementResult Place(Load load, IRandomSource random, ISearchBudget? budget, IProgress<PlacementStep>? progress)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(random);
        var tauLowerBound = testbed.TauLowerBound(load);
        var levels = BuildHierarchy(load, tauLowerBound, random, progress);
        var loads = new List<Load> { load };
        loads.AddRange(levels.Select(l => l.Load));
        var placement = BreadthFirstChunks(loads[^1]);
        var vertices = (double)loads.Sum(l => (long)l.VnodeCount);
        long moves = 0;
        for (var i = loads.Count - 1; i >= 0; i--)
        {
            var levelBudget = budget is null
                ? new MoveCountBudget(Options.LevelMoves(loads[i].VnodeCount))
                : budget.Part(Math.Min(1, loads[i].VnodeCount / vertices));
            var levelReplacer = loads[i].VnodeCount > Options.FullBudgetVertices ? largeLevelReplacer : replacer;
            var result = levelReplacer.Replace(loads[i], placement, ChiObjective.TauOnly, levelBudget, random);
            moves += result.MovesEvaluated;
            progress?.Report(new PlacementStep(PlacementStepKind.Refined, i, loads[i].VnodeCount, loads[i].Graph.LinkCount, result.MovesEvaluated));
            placement = i > 0 ? levels[i - 1].Project(result.Placement) : result.Placement;
        }

        return new InitialPlacementResult
        {
            Placement = placement,
            Tau = testbed.Tau(load, placement),
            TauLowerBound = tauLowerBound,
            Levels = levels.Count,
            MovesEvaluated = moves,
        };
    }

    private List<CoarseLevel> BuildHierarchy(Load load, double tauLowerBound, IRandomSource random, IProgress<PlacementStep>? progress)
    {
        var levels = new List<CoarseLevel>();
        var cap = Options.CoarseWeightCap * tauLowerBound * testbed.Options.Rho;
        var target = Options.CoarsestVnodesPerVm * testbed.Shape.VmCount;
        var current = load;
        while (levels.Count < Options.MaxLevels && current.VnodeCount > target)
        {
            var level = GraphCoarsener.Coarsen(current, testbed.Options, cap, random);
            if (level.Load.VnodeCount > current.VnodeCount * (1 - Options.MinimumReduction))
            {
                break;
            }

            levels.Add(level);
            current = level.Load;
            progress?.Report(new PlacementStep(PlacementStepKind.Coarsened, levels.Count, current.VnodeCount, current.Graph.LinkCount, 0));
        }

        return levels;
    }

    /// <summary>Breadth-first order from vertex 0 (then each unreached component), cut into VMs of equal CPU.</summary>
    private Placement BreadthFirstChunks(Load load)
    {
        var order = BreadthFirstOrder(load.Graph);
        var vmCount = testbed.Shape.VmCount;
        var perVm = Math.Max(load.TotalCpuSecondsPerSecond / vmCount, double.Epsilon);
        var vms = new int[load.VnodeCount];
        var prefix = 0.0;
        foreach (var v in order)
        {
            vms[v] = Math.Min(vmCount - 1, (int)((prefix + (load.Cpu[v] / 2)) / perVm));
            prefix += load.Cpu[v];
        }

        return new Placement(vms);
    }

    private static List<int> BreadthFirstOrder(VnodeGraph graph)
    {
        var seen = new bool[graph.VertexCount];
        var order = new List<int>(graph.VertexCount);
        for (var root = 0; root < graph.VertexCount; root++)
        {
            if (seen[root])
            {
                continue;
            }

            seen[root] = true;
            order.Add(root);
            for (var i = order.Count - 1; i < order.Count; i++)
            {
                foreach (var w in graph.NeighboursOf(order[i]))
                {
                    if (!seen[w])
                    {
                        seen[w] = true;
                        order.Add(w);
                    }
                }
            }
        }

        return order;
    }
}
