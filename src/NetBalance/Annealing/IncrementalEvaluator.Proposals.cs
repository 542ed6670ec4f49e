namespace NetBalance;

/// <summary>The proposal half of the incremental evaluator: accumulate deltas, evaluate, commit.</summary>
internal sealed partial class IncrementalEvaluator
{
    private const int NoProposal = 0;
    private const int MoveProposal = 1;
    private const int SwapProposal = 2;

    private readonly double[] dDemand;
    private readonly double[] dTr;
    private readonly int[] touched;
    private readonly int[] stamp;
    private readonly double[] dNicOut;
    private readonly double[] dNicIn;
    private readonly int[] nodeStamp;
    private readonly int[] touchedNodes;
    private int touchedNodeCount;
    private int touchedCount;
    private int generation;
    private int pendingKind;
    private int pendingFirst;
    private int pendingSecond;
    private int pendingTo;
    private double pendingMaxDemand;
    private int pendingArgMaxDemand;
    private double pendingMaxTr;
    private int pendingArgMaxTr;
    private int pendingMigrationDelta;
    private double pendingSumSquares;
    private double pendingMaxNic;

    /// <summary>Gets chi of the last proposal, had it been committed.</summary>
    public double PendingChi { get; private set; }

    /// <summary>Evaluates moving a vnode to another VM; the proposal stays pending until the next proposal or <see cref="Commit"/>.</summary>
    /// <returns>The change of the annealer's energy.</returns>
    public double ProposeMove(int vnode, int toVm)
    {
        var energy = Energy;
        Begin(MoveProposal, vnode, -1);
        pendingTo = toVm;
        Accumulate(vnode, vmOf[vnode], toVm);
        return Finish() - energy;
    }

    /// <summary>Evaluates swapping the VMs of two vnodes on different VMs.</summary>
    /// <returns>The change of the annealer's energy.</returns>
    public double ProposeSwap(int first, int second)
    {
        var energy = Energy;
        var vmFirst = vmOf[first];
        var vmSecond = vmOf[second];
        Begin(SwapProposal, first, second);
        Accumulate(first, vmFirst, vmSecond);
        vmOf[first] = vmSecond;
        Accumulate(second, vmSecond, vmFirst);
        vmOf[first] = vmFirst;
        return Finish() - energy;
    }

    /// <summary>Applies the pending proposal.</summary>
    /// <exception cref="InvalidOperationException">Nothing is pending.</exception>
    public void Commit()
    {
        if (pendingKind == NoProposal)
        {
            throw new InvalidOperationException("No proposal is pending.");
        }

        ApplyDeltas();
        if (pendingKind == MoveProposal)
        {
            Relocate(pendingFirst, pendingTo);
        }
        else
        {
            var vmFirst = vmOf[pendingFirst];
            Relocate(pendingFirst, vmOf[pendingSecond]);
            Relocate(pendingSecond, vmFirst);
        }

        pendingKind = NoProposal;
        if (++commitsSinceSync >= ResyncInterval)
        {
            Resynchronise();
        }
    }

    private void Relocate(int vnode, int toVm)
    {
        Members.Move(vnode, vmOf[vnode], toVm);
        vmOf[vnode] = toVm;
    }

    private void ApplyDeltas()
    {
        for (var i = 0; i < touchedCount; i++)
        {
            var c = touched[i];
            if (dDemand[c] != 0)
            {
                demand[c] += dDemand[c];
                demandTree?.Update(c);
            }

            if (dTr[c] != 0)
            {
                trVm[c] += dTr[c];
                trTree?.Update(c);
            }
        }

        if (t.NicEnabled)
        {
            for (var i = 0; i < touchedNodeCount; i++)
            {
                var p = touchedNodes[i];
                nicOut[p] += dNicOut[p];
                nicIn[p] += dNicIn[p];
                nicPeak[p] = Math.Max(nicOut[p], nicIn[p]);
                nicTree?.Update(p);
            }
        }

        maxDemand = pendingMaxDemand;
        argMaxDemand = pendingArgMaxDemand;
        maxTr = pendingMaxTr;
        argMaxTr = pendingArgMaxTr;
        migrationCount += pendingMigrationDelta;
        sumSquares = pendingSumSquares;
        maxNic = pendingMaxNic;
    }

    private void Begin(int kind, int first, int second)
    {
        pendingKind = kind;
        pendingFirst = first;
        pendingSecond = second;
        pendingMigrationDelta = 0;
        touchedCount = 0;
        touchedNodeCount = 0;
        if (generation == int.MaxValue)
        {
            Array.Clear(stamp);
            Array.Clear(nodeStamp);
            generation = 0;
        }

        generation++;
    }

    private void Touch(int vm)
    {
        if (stamp[vm] != generation)
        {
            stamp[vm] = generation;
            touched[touchedCount++] = vm;
            dDemand[vm] = 0;
            dTr[vm] = 0;
        }
    }

    private void Accumulate(int v, int from, int to)
    {
        Touch(from);
        Touch(to);
        dDemand[from] -= t.Cpu[v];
        dDemand[to] += t.Cpu[v];
        for (var h = t.Offsets[v]; h < t.Offsets[v + 1]; h++)
        {
            var c = vmOf[t.Neighbours[h]];
            Touch(c);
            var gbit = t.LinkGbit[h];
            var before = t.Sigma(from, c) * gbit;
            var after = t.Sigma(to, c) * gbit;
            dDemand[from] -= before;
            dDemand[to] += after;
            dDemand[c] += after - before;
            if (t.NicEnabled)
            {
                AccumulateNic(h, from, to, c);
            }
        }

        if (t.TrackMigrations)
        {
            AccumulateTr(v, from, to);
        }
    }

    private void AccumulateNic(int h, int from, int to, int c)
    {
        var sent = t.RatesMbps[h];
        var received = t.RatesMbps[t.Reverse[h]];
        var nodeC = t.NodeOfVm[c];
        AddCrossing(t.NodeOfVm[from], nodeC, -sent, -received);
        AddCrossing(t.NodeOfVm[to], nodeC, sent, received);
    }

    private void AddCrossing(int nodeV, int nodeW, double sent, double received)
    {
        if (nodeV == nodeW)
        {
            return;
        }

        TouchNode(nodeV);
        TouchNode(nodeW);
        dNicOut[nodeV] += sent;
        dNicIn[nodeW] += sent;
        dNicOut[nodeW] += received;
        dNicIn[nodeV] += received;
    }

    private void TouchNode(int node)
    {
        if (nodeStamp[node] != generation)
        {
            nodeStamp[node] = generation;
            touchedNodes[touchedNodeCount++] = node;
            dNicOut[node] = 0;
            dNicIn[node] = 0;
        }
    }

    private void AccumulateTr(int v, int from, int to)
    {
        var home = origin[v];
        Touch(home);
        if (from != home)
        {
            var state = t.StateSeconds(home, from);
            dTr[home] -= state;
            dTr[from] -= state + t.ReattachSeconds;
            pendingMigrationDelta--;
        }

        if (to != home)
        {
            var state = t.StateSeconds(home, to);
            dTr[home] += state;
            dTr[to] += state + t.ReattachSeconds;
            pendingMigrationDelta++;
        }

        dTr[from] -= t.ResumeSeconds;
        dTr[to] += t.ResumeSeconds;
    }
}
