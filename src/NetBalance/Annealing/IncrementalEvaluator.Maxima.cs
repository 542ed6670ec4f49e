namespace NetBalance;

/// <summary>The evaluation half of a proposal: new maxima, sum of squares, chi and energy.</summary>
internal sealed partial class IncrementalEvaluator
{
    private double Finish()
    {
        pendingMaxDemand = NewMax(demand, dDemand, demandTree, maxDemand, argMaxDemand, out pendingArgMaxDemand);
        pendingMaxTr = t.TrackMigrations ? NewMax(trVm, dTr, trTree, maxTr, argMaxTr, out pendingArgMaxTr) : 0;
        pendingMaxNic = t.NicEnabled ? NewNicMax() : 0;
        var squares = sumSquares;
        if (balanceWeight != 0)
        {
            for (var i = 0; i < touchedCount; i++)
            {
                var c = touched[i];
                var after = demand[c] + dDemand[c];
                squares += (after * after) - (demand[c] * demand[c]);
            }
        }

        pendingSumSquares = squares;
        var tau = TauOf(pendingMaxDemand, pendingMaxNic);
        var tr = IncludeTr && migrationCount + pendingMigrationDelta > 0 ? pendingMaxTr : 0;
        PendingChi = (window * (tau - TauStart)) + tr;
        return EnergyOf(tau, squares, tr);
    }

    private double NewMax(double[] values, double[] deltas, MaxTree? tree, double oldMax, int oldArg, out int newArg)
    {
        var argTouched = stamp[oldArg] == generation;
        if (argTouched && values[oldArg] + deltas[oldArg] < oldMax)
        {
            return tree is null ? FullScan(values, deltas, out newArg) : TreeScan(values, deltas, tree, out newArg);
        }

        newArg = oldArg;
        var best = argTouched ? values[oldArg] + deltas[oldArg] : oldMax;
        for (var i = 0; i < touchedCount; i++)
        {
            var c = touched[i];
            var value = values[c] + deltas[c];
            if (value > best)
            {
                best = value;
                newArg = c;
            }
        }

        return best;
    }

    private double FullScan(double[] values, double[] deltas, out int newArg)
    {
        newArg = 0;
        var best = double.NegativeInfinity;
        for (var m = 0; m < values.Length; m++)
        {
            var value = stamp[m] == generation ? values[m] + deltas[m] : values[m];
            if (value > best)
            {
                best = value;
                newArg = m;
            }
        }

        return best;
    }

    /// <summary>What <see cref="FullScan"/> finds, from the touched VMs' new values and the tree of committed values.</summary>
    /// <remarks>The touched VMs' best is the floor of the tree's search: only an untouched VM that beats it is looked for.</remarks>
    private double TreeScan(double[] values, double[] deltas, MaxTree tree, out int newArg)
    {
        newArg = int.MaxValue;
        var best = double.NegativeInfinity;
        for (var i = 0; i < touchedCount; i++)
        {
            var c = touched[i];
            var value = values[c] + deltas[c];
            if (value > best || (value == best && c < newArg))
            {
                best = value;
                newArg = c;
            }
        }

        var untouched = tree.ArgMaxExcluding(stamp, generation, best, newArg);
        if (untouched >= 0)
        {
            newArg = untouched;
            best = values[untouched];
        }

        return best;
    }

    private double NewNicMax()
    {
        if (nicTree is not null)
        {
            var peak = 0.0;
            for (var i = 0; i < touchedNodeCount; i++)
            {
                var p = touchedNodes[i];
                peak = Math.Max(peak, Math.Max(nicOut[p] + dNicOut[p], nicIn[p] + dNicIn[p]));
            }

            var untouched = nicTree.ArgMaxExcluding(nodeStamp, generation, peak, int.MaxValue);
            return untouched >= 0 ? nicPeak[untouched] : peak;
        }

        var best = 0.0;
        for (var p = 0; p < nicOut.Length; p++)
        {
            var touchedNode = nodeStamp[p] == generation;
            var outMbps = nicOut[p] + (touchedNode ? dNicOut[p] : 0);
            var inMbps = nicIn[p] + (touchedNode ? dNicIn[p] : 0);
            best = Math.Max(best, Math.Max(outMbps, inMbps));
        }

        return best;
    }
}
