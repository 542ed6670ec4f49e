using NetBalance;

namespace NetBalanceSim.Testbed;

/// <summary>
/// Judges every deployment by what it realised: the real time it saved, <c>(tau(phi) - tau(phi')) x</c> the virtual
/// time from its resumption until the next deployment or load change (or the end) under the load of that time, against
/// its reconfiguration time Tr. A deployment whose saving is below its Tr did not pay.
/// </summary>
/// <remarks>DESIGN §5 "Workloads, monitoring and predictors": decision quality. Not thread-safe.</remarks>
internal sealed class DeploymentPayoff(TestbedCostModel costModel)
{
    private bool _open;
    private double _fromVirtualSeconds;
    private double _tauSavedPerVirtualSecond;
    private double _reconfigurationSeconds;

    /// <summary>Gets the deployments judged so far.</summary>
    public int Judged { get; private set; }

    /// <summary>Gets the deployments judged so far that did not pay.</summary>
    public int Unpaid { get; private set; }

    /// <summary>A deployment resumed the experiment: judge the previous one and start measuring this one.</summary>
    public void Open(double virtualNowSeconds, Load load, Placement before, Placement after, double reconfigurationSeconds)
    {
        Close(virtualNowSeconds);
        _open = true;
        _fromVirtualSeconds = virtualNowSeconds;
        _tauSavedPerVirtualSecond = costModel.Tau(load, before) - costModel.Tau(load, after);
        _reconfigurationSeconds = reconfigurationSeconds;
    }

    /// <summary>The load changed, another deployment starts, or the experiment ends: judge the open deployment.</summary>
    public void Close(double virtualNowSeconds)
    {
        if (!_open)
        {
            return;
        }

        _open = false;
        Judged++;
        if (_tauSavedPerVirtualSecond * (virtualNowSeconds - _fromVirtualSeconds) < _reconfigurationSeconds)
        {
            Unpaid++;
        }
    }
}
