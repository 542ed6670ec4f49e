using NetBalanceSim.Kernel;

namespace NetBalanceSim.Experiments.Sensitivity;

/// <summary>
/// Morris's (1991) one-factor-at-a-time design: r random trajectories on a p-level grid of the unit hypercube, with
/// the step delta = p / (2 (p - 1)). Each trajectory starts from a base point x* drawn from the levels
/// {0, 1/(p-1), ..., 1 - delta}, a random direction per factor and a random order of the factors; a factor moving down
/// starts at x*_i + delta, so every point stays in [0, 1]. Deterministic from the seed (the stream <c>morris</c>).
/// </summary>
public sealed class MorrisDesign
{
    private MorrisDesign(int factors, int levels, IReadOnlyList<MorrisTrajectory> trajectories)
    {
        Factors = factors;
        Levels = levels;
        Trajectories = trajectories;
    }

    /// <summary>The name of the random stream the design draws from.</summary>
    public const string StreamName = "morris";

    /// <summary>The number of factors k.</summary>
    public int Factors { get; }

    /// <summary>The number of grid levels p.</summary>
    public int Levels { get; }

    /// <summary>The step, p / (2 (p - 1)).</summary>
    public double Delta => DeltaOf(Levels);

    /// <summary>The r trajectories.</summary>
    public IReadOnlyList<MorrisTrajectory> Trajectories { get; }

    /// <summary>The step of a p-level grid, p / (2 (p - 1)).</summary>
    /// <param name="levels">p, even and at least 2.</param>
    /// <returns>Delta.</returns>
    public static double DeltaOf(int levels) => levels / (2.0 * (levels - 1));

    /// <summary>What is wrong with <paramref name="levels"/> as p, or null: it must be even, from 2 to 100.</summary>
    /// <param name="levels">p.</param>
    /// <returns>The problem, or null.</returns>
    public static string? CheckLevels(int levels) =>
        levels is >= 2 and <= 100 && levels % 2 == 0 ? null : "must be an even number from 2 to 100 (the levels p of the Morris grid)";

    /// <summary>Draws <paramref name="trajectories"/> trajectories over <paramref name="factors"/> factors.</summary>
    /// <param name="factors">k, at least 1.</param>
    /// <param name="trajectories">r, at least 1.</param>
    /// <param name="levels">p, even, 2 to 100.</param>
    /// <param name="seed">The design's seed.</param>
    /// <returns>The design.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static MorrisDesign Generate(int factors, int trajectories, int levels, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factors, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(trajectories, 1);
        if (CheckLevels(levels) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(levels), levels, problem);
        }
        var random = new RandomStream(RandomStreams.SeedFor(seed, StreamName), StreamName);
        var jump = levels / 2; // delta in grid steps of 1/(p-1)
        var list = new List<MorrisTrajectory>(trajectories);
        for (var t = 0; t < trajectories; t++)
        {
            var start = new int[factors];
            var directions = new int[factors];
            for (var i = 0; i < factors; i++)
            {
                var baseLevel = random.NextInt(jump); // x*_i in {0, ..., p/2 - 1} grid steps: x*_i + delta <= 1
                directions[i] = random.NextInt(2) == 0 ? 1 : -1;
                start[i] = directions[i] > 0 ? baseLevel : baseLevel + jump;
            }
            var order = Enumerable.Range(0, factors).ToArray();
            for (var i = factors - 1; i > 0; i--)
            {
                var j = random.NextInt(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }
            var current = (int[])start.Clone();
            var points = new List<IReadOnlyList<double>> { ToUnit(current, levels) };
            var steps = new List<MorrisStep>(factors);
            foreach (var factor in order)
            {
                current[factor] += directions[factor] * jump;
                points.Add(ToUnit(current, levels));
                steps.Add(new MorrisStep(factor, directions[factor]));
            }
            list.Add(new MorrisTrajectory(points, steps));
        }
        return new MorrisDesign(factors, levels, list);
    }

    private static double[] ToUnit(int[] gridLevels, int levels) => [.. gridLevels.Select(l => l / (double)(levels - 1))];
}
