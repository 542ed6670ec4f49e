namespace NetBalance;

/// <summary>
/// A deterministic local search: of the vnodes on the most loaded VM, try each on the VMs of its neighbours and on
/// the lightest VMs, apply the move that lowers chi most, and repeat until no move lowers chi or the budget is spent.
/// </summary>
/// <remarks>
/// DESIGN §5 <c>greedy</c>; of the kind of CloudSim Plus's threshold policies (move load off the hottest host). It
/// draws nothing from the random source. Each evaluated move counts one against the budget. Ties go to the lower
/// vnode id, then the lower VM index. Thread-safe (no state between calls).
/// </remarks>
public sealed class GreedyStrategy : IReplacementStrategy
{
    /// <summary>How many of the lightest VMs are tried for every vnode besides its neighbours' VMs.</summary>
    public const int LightestVms = 2;

    /// <inheritdoc/>
    public ReplacementCandidate Search(ReplacementRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (model, load) = (request.Model, request.Load);
        request.Current.Validate(model.Shape, load.VnodeCount);
        var tables = new EvaluatorTables(model.Shape, load, model.Testbed, request.Objective.IncludeMigrationCost ? model.Migration : null);
        var evaluator = new IncrementalEvaluator(tables, request.Current, request.Objective, 0);
        var walk = new Walk(evaluator, tables, request.Budget);
        while (walk.Step())
        {
        }

        return new ReplacementCandidate(evaluator.ToPlacement(), evaluator.Chi, walk.Evaluated);
    }

    /// <summary>The state of one search; the buffers are allocated once.</summary>
    private sealed class Walk(IncrementalEvaluator evaluator, EvaluatorTables tables, ISearchBudget budget)
    {
        private readonly long limit = budget.MoveLimit;
        private readonly ISearchBudgetRun run = budget.Start();
        private readonly int[] hotVnodes = new int[evaluator.VnodeCount];
        private readonly int[] tried = new int[tables.VmCount];
        private readonly int[] lightest = new int[LightestVms];
        private int generation;

        public long Evaluated { get; private set; }

        /// <summary>
        /// Applies the best chi-lowering move off the most loaded VM (the best found so far when the budget runs out
        /// during the step); false when there is none or the budget is spent.
        /// </summary>
        public bool Step()
        {
            var hot = evaluator.MostLoadedVm;
            var count = evaluator.Members.Count(hot);
            for (var i = 0; i < count; i++)
            {
                hotVnodes[i] = evaluator.Members.Member(hot, i);
            }

            Array.Sort(hotVnodes, 0, count);
            var lightCount = FindLightest(hot);
            var bestChi = evaluator.Chi;
            var bestVnode = -1;
            var bestVm = -1;
            var exhausted = false;
            for (var i = 0; i < count && !exhausted; i++)
            {
                var v = hotVnodes[i];
                generation++;
                tried[hot] = generation;
                for (var h = tables.Offsets[v]; h <= tables.Offsets[v + 1] && !exhausted; h++)
                {
                    // The half-edges give the neighbours' VMs; the extra last index stands for the lightest VMs.
                    var candidates = h < tables.Offsets[v + 1] ? 1 : lightCount;
                    for (var c = 0; c < candidates && !exhausted; c++)
                    {
                        var to = h < tables.Offsets[v + 1] ? evaluator.VmOf(tables.Neighbours[h]) : lightest[c];
                        if (tried[to] == generation)
                        {
                            continue;
                        }

                        tried[to] = generation;
                        if (Exhausted())
                        {
                            exhausted = true;
                            break;
                        }

                        evaluator.ProposeMove(v, to);
                        Evaluated++;
                        if (evaluator.PendingChi < bestChi || (evaluator.PendingChi == bestChi && bestVnode == v && to < bestVm))
                        {
                            (bestChi, bestVnode, bestVm) = (evaluator.PendingChi, v, to);
                        }
                    }
                }
            }

            if (bestVnode < 0)
            {
                return false;
            }

            evaluator.ProposeMove(bestVnode, bestVm);
            evaluator.Commit();
            return !exhausted;
        }

        private bool Exhausted() => Evaluated >= limit || ((Evaluated & 63) == 0 && run.Progress(Evaluated) >= 1);

        /// <summary>The lightest VMs other than the hot one, lightest first (ties to the lower index).</summary>
        private int FindLightest(int hot)
        {
            var found = 0;
            for (var m = 0; m < tables.VmCount; m++)
            {
                if (m == hot)
                {
                    continue;
                }

                var position = Math.Min(found, LightestVms - 1);
                if (found == LightestVms && evaluator.Demand(m) >= evaluator.Demand(lightest[position]))
                {
                    continue;
                }

                found = Math.Min(found + 1, LightestVms);
                position = found - 1;
                while (position > 0 && evaluator.Demand(lightest[position - 1]) > evaluator.Demand(m))
                {
                    lightest[position] = lightest[position - 1];
                    position--;
                }

                lightest[position] = m;
            }

            return found;
        }
    }
}
