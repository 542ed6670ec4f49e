using NetBalance;
using NetBalanceSim.Kernel;

namespace NetBalanceSim.Testbed;

/// <summary>
/// The load monitor's measurement error: every value of a report (each vnode's CPU and each directed link's rate) is
/// multiplied by its own lognormal factor <c>exp(mu + sigma Z)</c>, Z standard normal, with <c>mu = -sigma^2 / 2</c>
/// so that the factor's mean is 1 (an unbiased monitor; its median is <c>exp(-sigma^2 / 2)</c>).
/// </summary>
/// <remarks>
/// DESIGN §5 "Workloads, monitoring and predictors": <c>monitorNoise</c>, seeded per report. Report k draws from a
/// generator seeded from (the run's noise seed, k) alone, so a report's noise depends neither on thread count nor on
/// what ran before it. Values are drawn in a fixed order (vnodes by id, then half-edges by index), one normal per value,
/// zeros included (a zero stays zero). Normals come from the Box-Muller transform, both of each pair used.
/// Sigma 0 is the paper's exact monitor: do not create this object then (the experiment then draws nothing).
/// Thread-safe (no shared state).
/// </remarks>
public sealed class LognormalReportNoise
{
    private readonly double _sigma;
    private readonly double _mu;
    private readonly ulong _seed;

    /// <summary>Creates the noise of one run.</summary>
    /// <param name="sigma">The standard deviation of the factor's logarithm: finite and above 0.</param>
    /// <param name="seed">The run's noise seed (e.g. <see cref="RandomStreams.SeedFor"/> of the run seed and <c>monitorNoise</c>).</param>
    public LognormalReportNoise(double sigma, ulong seed)
    {
        if (!(sigma > 0) || double.IsInfinity(sigma))
        {
            throw new ArgumentOutOfRangeException(nameof(sigma), sigma, "The noise's sigma must be finite and above 0 (for exact reports, use no noise).");
        }
        _sigma = sigma;
        _mu = -sigma * sigma / 2;
        _seed = seed;
    }

    /// <summary>The seed of report <paramref name="reportIndex"/>'s generator.</summary>
    /// <param name="reportIndex">k, from 0.</param>
    /// <returns>The seed.</returns>
    public ulong SeedOf(long reportIndex) => StableHash.Mix64(_seed ^ StableHash.Mix64((ulong)reportIndex));

    /// <summary>The noisy report <paramref name="reportIndex"/> of the true load <paramref name="load"/>.</summary>
    /// <param name="load">The true load.</param>
    /// <param name="reportIndex">k, from 0: the report's index in the run.</param>
    /// <returns>A new load on the same graph.</returns>
    public Load Apply(Load load, long reportIndex)
    {
        ArgumentNullException.ThrowIfNull(load);
        var normals = new NormalPairs(new RandomStream(SeedOf(reportIndex), "monitorNoise"));
        var cpu = load.CpuSecondsPerSecond.ToArray();
        var rates = load.HalfEdgeRatesMbps.ToArray();
        Scale(cpu, ref normals);
        Scale(rates, ref normals);
        return new Load(load.Graph, cpu, rates);
    }

    /// <summary>Factors for <paramref name="count"/> values of report <paramref name="reportIndex"/>, in draw order (for tests and documentation).</summary>
    /// <param name="reportIndex">k, from 0.</param>
    /// <param name="count">How many factors.</param>
    /// <returns>The factors.</returns>
    public double[] Factors(long reportIndex, int count)
    {
        var factors = new double[count];
        Array.Fill(factors, 1.0);
        var normals = new NormalPairs(new RandomStream(SeedOf(reportIndex), "monitorNoise"));
        Scale(factors, ref normals);
        return factors;
    }

    private void Scale(double[] values, ref NormalPairs normals)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] *= Math.Exp(_mu + (_sigma * normals.Next()));
        }
    }

    /// <summary>Standard normals by the Box-Muller transform, two per pair of uniforms.</summary>
    private struct NormalPairs(RandomStream random)
    {
        private double _spare;
        private bool _hasSpare;

        public double Next()
        {
            if (_hasSpare)
            {
                _hasSpare = false;
                return _spare;
            }
            // 1 - U lies in (0, 1]: its logarithm is finite.
            var radius = Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble()));
            var angle = 2.0 * Math.PI * random.NextDouble();
            _spare = radius * Math.Sin(angle);
            _hasSpare = true;
            return radius * Math.Cos(angle);
        }
    }
}
