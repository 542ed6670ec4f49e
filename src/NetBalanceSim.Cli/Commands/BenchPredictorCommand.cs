using System.CommandLine;
using System.Globalization;
using NetBalanceSim.Cli.Bench;
using NetBalanceSim.Experiments.Components;
using NetBalanceSim.Experiments.Scenarios;
using NetBalanceSim.Testbed;

namespace NetBalanceSim.Cli.Commands;

/// <summary>
/// <c>netbalance-sim bench predictor</c>: the time a load predictor takes per monitor report on a scenario's topology,
/// every vnode's CPU and every half-edge's rate being a series.
/// </summary>
internal static class BenchPredictorCommand
{
    public static Command Create()
    {
        var scenario = new Option<string>("--scenario") { Description = "The scenario file (its topology, RateMbps and predictor keys)", DefaultValueFactory = _ => "scenarios/default.json" };
        var set = new Option<string[]>("--set") { Description = "Override a scenario key (Key=Value), as for run", AllowMultipleArgumentsPerToken = true };
        var reports = new Option<int>("--reports") { Description = "Reports timed (after a warm-up pass of the same reports)", DefaultValueFactory = _ => 200 };
        var changeEvery = new Option<int>("--change-every") { Description = "The sink moves every this many reports (12: 120 s at Tp = 10 s)", DefaultValueFactory = _ => 12 };
        var noise = new Option<double>("--noise") { Description = "Lognormal sigma multiplying every reported value (0: exact reports)", DefaultValueFactory = _ => 0 };
        var command = new Command(
            "predictor",
            "Time a load predictor's Predict per report over a sink-switch report sequence on the scenario's topology. Examples:\n" +
            "  netbalance-sim bench predictor --set predictor=ar\n" +
            "  netbalance-sim bench predictor --set predictor=ar --set arOrder=16 --noise 0.1 --reports 500")
        {
            scenario, set, reports, changeEvery, noise,
        };
        command.SetAction(parse =>
        {
            var count = AtLeastOne(parse.GetValue(reports), "--reports");
            var every = AtLeastOne(parse.GetValue(changeEvery), "--change-every");
            var sigma = parse.GetValue(noise);
            if (!(sigma >= 0 && sigma <= 10))
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--noise must be from 0 to 10 (got {sigma})."));
            }
            var resolved = ScenarioFile.Load(parse.GetValue(scenario)!, parse.GetValue(set) ?? []);
            var s = resolved.Scenario;
            var loads = new SinkLoadFactory(ScenarioTopology.Read(resolved).Topology, s.Run.Coordinator.TestbedCost, s.RateMbps);
            var component = ComponentCatalog.Get(ComponentCatalog.Predictors, s.Predictor);
            PredictorBenchmark.Run(component.Create(s), loads, count, every, sigma, 1);
            var measured = PredictorBenchmark.Run(component.Create(s), loads, count, every, sigma, 1);
            Print(parse.InvocationConfiguration.Output, s, component, loads.Graph, resolved.TopologyPath, measured, every, sigma);
            return CliApp.ExitOk;
        });
        return command;
    }

    private static int AtLeastOne(int value, string option) =>
        value >= 1 ? value : throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"{option} must be at least 1 (got {value})."));

    private static void Print(TextWriter output, Scenario s, Component<Scenario, NetBalance.ILoadPredictor> component, NetBalance.VnodeGraph graph, string topologyPath, PredictorMeasurement measured, int every, double sigma)
    {
        var keys = string.Concat(component.Parameters.Select(k => $", {k} {Convert.ToString(ScenarioKeys.Find(k)!.Get(s), CultureInfo.InvariantCulture)}"));
        var series = graph.VertexCount + graph.HalfEdgeCount;
        var times = measured.MillisecondsPerReport;
        var sorted = times.Order().ToArray();
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv,
            $"predictor: {component.Name}{keys}; {Path.GetFileName(topologyPath)}, {graph.VertexCount:N0} vnodes + {graph.HalfEdgeCount:N0} half-edges = {series:N0} series; {times.Length} reports after a warm-up, the sink moving every {every}, noise sigma {sigma}"));
        output.WriteLine(string.Create(inv, $"  per report   median {sorted[sorted.Length / 2]:F3} ms, mean {times.Average():F3} ms, max {sorted[^1]:F3} ms"));
        output.WriteLine(string.Create(inv, $"  per series   {times.Average() * 1e3 / series:F3} us (mean)"));
        var later = times.Length > 1 ? measured.LaterAllocatedBytes / (times.Length - 1.0) : 0;
        output.WriteLine(string.Create(inv, $"  allocated    {measured.FirstReportAllocatedBytes:N0} bytes at the first report (the state), then {later:N0} per report (the returned load is about {(8.0 * series) + 200:N0})"));
    }
}
