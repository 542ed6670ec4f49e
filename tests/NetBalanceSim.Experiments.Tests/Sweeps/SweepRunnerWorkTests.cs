using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Experiments.Sweeps;
using NetBalanceSim.Topologies.Formats;

namespace NetBalanceSim.Experiments.Tests.Sweeps;

public sealed class SweepRunnerWorkTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Work_IsTheShareOfTheUnitsEstimatedCost_HeaviestFirst()
    {
        // Tp = 1 s gives ten times the reports (and searches) of Tp = 10 s: its units are estimated heavier and run first.
        var plan = SweepPlan.Of(ScenarioFile.Load(_folder.QuickScenario(extra: """, "sweep": { "TpSeconds": [10, 1] }"""), ["repetitions=2"]));
        var topology = TopologyFile.Read(plan.Points[0].Resolved.TopologyPath).Topology;
        var cost = plan.Points.Select(p => UnitCost.Moves(p.Resolved.Scenario, topology.NodeCount, topology.LinkCount)).ToArray();
        var total = 2 * (cost[0] + cost[1]);
        var shares = new List<double>();

        SweepRunner.RunAll([new SweepJob(plan, null, _ => { })], jobs: 1, work: new Recorder(shares));

        Assert.True(cost[1] > cost[0]);
        Assert.Equal([cost[1] / total, 2 * cost[1] / total, ((2 * cost[1]) + cost[0]) / total, 1.0], shares, new ToleranceComparer(1e-12));
    }

    private sealed class Recorder(List<double> shares) : IProgress<double>
    {
        public void Report(double value) => shares.Add(value);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
