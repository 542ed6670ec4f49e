namespace NetBalanceSim.Testbed;

/// <summary>One change of the time dilation factor during a run.</summary>
/// <param name="RealSeconds">The real time of the change.</param>
/// <param name="VirtualSeconds">The virtual time of the change.</param>
/// <param name="Tau">The new tau; infinity while the experiment is suspended for a migration.</param>
/// <param name="Cause">What changed it: <c>start</c>, <c>sinkChange</c>, <c>suspend</c>, <c>resume</c> or <c>end</c>.</param>
public readonly record struct TauTracePoint(double RealSeconds, double VirtualSeconds, double Tau, string Cause);
