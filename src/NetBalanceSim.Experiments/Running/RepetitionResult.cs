using NetBalanceSim.Testbed;

namespace NetBalanceSim.Experiments.Running;

/// <summary>One repetition: the run with NETbalance and the run without it, paired by seed.</summary>
/// <param name="Repetition">The repetition index r, from 0.</param>
/// <param name="RunSeed">The run seed, <c>baseSeed + r</c>.</param>
/// <param name="Sinks">The first sink and the sink after each change.</param>
/// <param name="InitialTau">tau of the initial placement for the first sink's load.</param>
/// <param name="InitialTauLowerBound">tauLB for the first sink's load.</param>
/// <param name="NetBalance">The run with NETbalance.</param>
/// <param name="Baseline">The run without NETbalance (the placement never changes).</param>
public sealed record RepetitionResult(
    int Repetition,
    long RunSeed,
    IReadOnlyList<int> Sinks,
    double InitialTau,
    double InitialTauLowerBound,
    TestbedRunResult NetBalance,
    TestbedRunResult Baseline)
{
    /// <summary>The clairvoyant oracle's run, when the scenario asks for it.</summary>
    public TestbedRunResult? Oracle { get; init; }

    /// <summary>The bound: the runtime if tau were tauLB at every moment, with no migration cost, in seconds.</summary>
    public double BoundSeconds { get; init; } = double.NaN;

    /// <summary>The relative runtime <c>R_with / R_without</c> (DESIGN §4).</summary>
    public double RelativeRuntime => NetBalance.RuntimeSeconds / Baseline.RuntimeSeconds;
}
