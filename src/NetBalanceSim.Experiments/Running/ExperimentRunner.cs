using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Topologies.Formats;

namespace NetBalanceSim.Experiments.Running;

/// <summary>Runs all repetitions of a scenario, in parallel up to a number of jobs, with results in repetition order.</summary>
public static class ExperimentRunner
{
    /// <summary>Runs every repetition of <paramref name="resolved"/>.</summary>
    /// <param name="resolved">The validated scenario.</param>
    /// <param name="jobs">How many repetitions may run at once (at least 1).</param>
    /// <param name="progress">Told the number of repetitions done after each one (from any thread).</param>
    /// <returns>The repetitions in order of r; the same whatever <paramref name="jobs"/> is.</returns>
    /// <exception cref="ScenarioException">The topology file cannot be read.</exception>
    public static IReadOnlyList<RepetitionResult> Run(ResolvedScenario resolved, int jobs, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        var scenario = resolved.Scenario;
        var topology = ReadTopology(resolved);
        var results = new RepetitionResult[scenario.Repetitions];
        var done = 0;
        Parallel.For(0, scenario.Repetitions, new ParallelOptions { MaxDegreeOfParallelism = jobs }, r =>
        {
            results[r] = RepetitionRunner.Run(scenario, topology, r);
            progress?.Report(Interlocked.Increment(ref done));
        });
        return results;
    }

    private static Topologies.Topology ReadTopology(ResolvedScenario resolved)
    {
        try
        {
            return TopologyFile.Read(resolved.TopologyPath).Topology;
        }
        catch (TopologyFormatException ex)
        {
            throw ScenarioException.ForKey(resolved.ScenarioPath, "topology", ex.Message);
        }
    }
}
