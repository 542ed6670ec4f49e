namespace NetBalance;

/// <summary>The constants of the testbed cost model, with DESIGN §3's defaults.</summary>
/// <remarks>
/// DESIGN §3 "Testbed cost model". Link constants are CPU-seconds per Gbit of virtual traffic
/// while link rates are given in Mbit/s, so the model divides rates by 1,000. Every constant is
/// also listed under its scenario name in <see cref="CostModelConstants"/>.
/// </remarks>
public sealed record TestbedCostOptions
{
    /// <summary>Gets the SuT's idle CPU per vnode, <c>cpuIdle</c>, in CPU-seconds per virtual second.</summary>
    /// <value>The default value is 0.001.</value>
    public double CpuIdleCpuSecondsPerSecond { get; init; } = 0.001;

    /// <summary>Gets the SuT's forwarding CPU, <c>kFwd</c>, in CPU-seconds per Gbit sent or received.</summary>
    /// <value>The default value is 0.10.</value>
    public double KFwdCpuSecondsPerGbit { get; init; } = 0.10;

    /// <summary>Gets the link emulation cost within one VM, <c>sigmaIntra</c> (reference passing), in CPU-seconds per Gbit.</summary>
    /// <value>The default value is 0.</value>
    public double SigmaIntraCpuSecondsPerGbit { get; init; }

    /// <summary>Gets the link emulation cost between VMs of one physical node, <c>sigmaInterVm</c>, in CPU-seconds per Gbit.</summary>
    /// <value>The default value is 0.20.</value>
    public double SigmaInterVmCpuSecondsPerGbit { get; init; } = 0.20;

    /// <summary>Gets the link emulation cost between physical nodes, <c>sigmaInterPn</c>, in CPU-seconds per Gbit.</summary>
    /// <value>The default value is 0.30.</value>
    public double SigmaInterPnCpuSecondsPerGbit { get; init; } = 0.30;

    /// <summary>Gets the tau controller's set-point utilisation <c>rho</c> (dimensionless, in (0, 1]).</summary>
    /// <value>The default value is 1.0.</value>
    public double Rho { get; init; } = 1.0;

    /// <summary>Gets the smallest time dilation factor <c>tauMin</c> (dimensionless; 1 = real time).</summary>
    /// <value>The default value is 1.0.</value>
    public double TauMin { get; init; } = 1.0;

    /// <summary>Gets each physical node's NIC capacity <c>B_nic</c> per direction, in Mbit/s.</summary>
    /// <value>The default value is <see cref="double.PositiveInfinity"/>: the NIC term is off.</value>
    public double NicMbps { get; init; } = double.PositiveInfinity;

    /// <summary>Gets a value indicating whether the optional NIC term is on (<see cref="NicMbps"/> finite).</summary>
    public bool NicTermEnabled => double.IsFinite(NicMbps);

    /// <summary>Checks every constant's range.</summary>
    /// <returns>This instance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A constant is negative, not finite, or a ratio is out of range.</exception>
    public TestbedCostOptions Validate()
    {
        RequireNonNegative(CpuIdleCpuSecondsPerSecond, nameof(CpuIdleCpuSecondsPerSecond));
        RequireNonNegative(KFwdCpuSecondsPerGbit, nameof(KFwdCpuSecondsPerGbit));
        RequireNonNegative(SigmaIntraCpuSecondsPerGbit, nameof(SigmaIntraCpuSecondsPerGbit));
        RequireNonNegative(SigmaInterVmCpuSecondsPerGbit, nameof(SigmaInterVmCpuSecondsPerGbit));
        RequireNonNegative(SigmaInterPnCpuSecondsPerGbit, nameof(SigmaInterPnCpuSecondsPerGbit));
        RequireNonNegative(TauMin, nameof(TauMin));
        if (!(Rho > 0 && Rho <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Rho), Rho, "rho must lie in (0, 1].");
        }

        if (!(NicMbps > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(NicMbps), NicMbps, "B_nic must be positive (infinity turns the NIC term off).");
        }

        return this;
    }

    internal static void RequireNonNegative(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "The value must be finite and non-negative.");
        }
    }
}
