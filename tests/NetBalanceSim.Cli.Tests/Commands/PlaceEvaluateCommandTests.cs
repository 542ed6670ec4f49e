using System.Text.Json;
using NetBalance;
using NetBalanceSim.Experiments.Formats;
using NetBalanceSim.Testbed;
using NetBalanceSim.Topologies.Formats;

namespace NetBalanceSim.Cli.Tests.Commands;

public sealed class PlaceEvaluateCommandTests : IDisposable
{
    // The hand-worked instance: path 0-1-2, sink 0, 10,000 Mbit/s per source, so f(2->1) = 10,000 and f(1->0) = 20,000.
    // cpu(v) = cpuIdle + kFwd * (in + out) / 1000 with cpuIdle = 0.001, kFwd = 0.10 CPU-s per Gbit:
    //   cpu(0) = 0.001 + 0.1 * 20 = 2.001, cpu(1) = 0.001 + 0.1 * (10 + 20) = 3.001, cpu(2) = 0.001 + 0.1 * 10 = 1.001.
    private const string PathEdges = "0 1\n1 2\n";
    private const string PathRate = "10000";
    private const string Phi0 = "vnode,vm\n0,0\n1,1\n2,1\n";

    private readonly string folder = Directory.CreateTempSubdirectory("netbalance-cli-place-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    // The simulator's calibrated constants (sigmaInterVm 0.3, sigmaInterPn 0.45 CPU-s per Gbit; docs/model.md).
    // 1 node x 2 CPUs: link 1->0 joins VM 1 and VM 0 on one node, sigmaInterVm * 20 Gbit/s = 0.3 * 20 = 6 on both;
    //   link 2->1 stays in VM 1 (sigmaIntra = 0). D(0) = 2.001 + 6 = 8.001, D(1) = 3.001 + 1.001 + 6 = 10.002 = tau.
    [InlineData("1", "2", 8.001, 10.002)]
    // 2 nodes x 1 CPU: VM 0 and VM 1 are on different nodes, sigmaInterPn * 20 = 0.45 * 20 = 9:
    //   D(0) = 2.001 + 9 = 11.001, D(1) = 4.002 + 9 = 13.002 = tau.
    [InlineData("2", "1", 11.001, 13.002)]
    public void Evaluate_HandWorkedPath_GivesTauTauLbAndDemands(string nodes, string cpus, double d0, double d1)
    {
        // tauLB = max(tauMin = 1, sum cpu / M = 6.003 / 2, max_v local(v)); local(1) = cpu(1)
        //   + min(sigmaInterVm * 20 = 6, cpu(0) = 2.001) + min(0.3 * 10 = 3, cpu(2) = 1.001) = 6.003 (the largest).
        const double TauLowerBound = 6.003;
        var (exitCode, stdout, stderr) = Evaluate(Write("p.csv", Phi0), "--nodes", nodes, "--cpus-per-node", cpus, "--json");

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(d1, root.GetProperty("tau").GetDouble(), 12);
        Assert.Equal(TauLowerBound, root.GetProperty("tauLowerBound").GetDouble(), 12);
        var demand = root.GetProperty("vmDemand").EnumerateArray().Select(d => d.GetDouble()).ToArray();
        Assert.Equal(2, demand.Length);
        Assert.Equal(d0, demand[0], 12);
        Assert.Equal(d1, demand[1], 12);
        Assert.Empty(root.GetProperty("migrations").EnumerateArray());
        Assert.Equal(0, root.GetProperty("reconfigurationSeconds").GetDouble());
    }

    [Fact]
    public void Evaluate_Set_OverridesTheConstant()
    {
        // sigmaInterVm = 0.4: the 1->0 link costs 0.4 * 20 = 8 on both VMs: D(0) = 10.001, D(1) = 4.002 + 8 = 12.002.
        var (exitCode, stdout, _) = Evaluate(Write("p.csv", Phi0), "--nodes", "1", "--cpus-per-node", "2", "--set", "sigmaInterVm=0.4", "--json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(12.002, json.RootElement.GetProperty("tau").GetDouble(), 12);
        Assert.Equal(0.4, json.RootElement.GetProperty("constants").GetProperty("sigmaInterVm").GetDouble());
    }

    [Fact]
    public void Evaluate_FromWithOneMovedVnode_GivesTableOneTr()
    {
        // Vnode 2 moves from VM 1 to VM 0, both on node 0 (1 x 2 testbed), mem = 10 MB. Per VM (docs/model.md):
        //   VM 0 (destination): suspend 6 ms x 1 vnode before + (4.6 + 13.1 + 1.8) ms/MB x 10 MB = 195 ms
        //     + reattach 200 ms + resume 3.5 ms x 2 vnodes after = 6 + 195 + 200 + 7 = 408 ms;
        //   VM 1 (source): suspend 6 ms x 2 + 195 ms + resume 3.5 ms x 1 = 210.5 ms.
        //   Tr = max = 0.408 s (Table 1's 0.395 s plus 6 ms suspend and 7 ms resume).
        const double Tr = 0.408;
        var phi = Write("p.csv", "vnode,vm\n0,0\n1,1\n2,0\n");
        var phi0 = Write("p0.csv", Phi0);

        var (exitCode, stdout, _) = Evaluate(phi, "--nodes", "1", "--cpus-per-node", "2", "--from", phi0, "--json");
        var (textExit, text, _) = Evaluate(phi, "--nodes", "1", "--cpus-per-node", "2", "--from", phi0);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(stdout);
        var migration = Assert.Single(json.RootElement.GetProperty("migrations").EnumerateArray());
        Assert.Equal(["vnode", "fromVm", "toVm"], migration.EnumerateObject().Select(p => p.Name));
        Assert.Equal((2, 1, 0), (migration.GetProperty("vnode").GetInt32(), migration.GetProperty("fromVm").GetInt32(), migration.GetProperty("toVm").GetInt32()));
        Assert.Equal(Tr, json.RootElement.GetProperty("reconfigurationSeconds").GetDouble(), 12);
        Assert.Equal(0, textExit);
        Assert.Contains($"migrations from {phi0}: 1\n", text, StringComparison.Ordinal);
        Assert.Contains("Tr         0.4080 s\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Json_HasTheDocumentedKeysAndEveryConstant()
    {
        var (exitCode, stdout, _) = Evaluate(Write("p.csv", Phi0), "--nodes", "1", "--cpus-per-node", "2", "--json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(
            ["tau", "tauLowerBound", "vmDemand", "migrations", "reconfigurationSeconds", "constants"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        var constants = json.RootElement.GetProperty("constants");
        Assert.Equal(
            CostModelConstants.Names.Concat(["RateMbps", "physicalNodes", "cpusPerNode"]),
            constants.EnumerateObject().Select(p => p.Name));
        Assert.Equal(10000, constants.GetProperty("RateMbps").GetDouble());
        Assert.Equal(0.45, constants.GetProperty("sigmaInterPn").GetDouble());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, constants.GetProperty("nicMbps").ValueKind);
        Assert.Equal(2, constants.GetProperty("cpusPerNode").GetInt32());
    }

    [Fact]
    public void PlaceThenEvaluate_SmallGrid_MatchesTheLibraryAndIsDeterministic()
    {
        // A 6 x 6 grid on 2 x 2 VMs at 1,000 Mbit/s (at 10 Mbit/s every VM stays under tauMin = 1 and tau = tauLB = 1).
        var grid = Path.Combine(folder, "grid6.edges");
        Assert.Equal(0, CliRunner.Run("topology", "generate", "grid", "--rows", "6", "--columns", "6", "-o", grid).ExitCode);
        var first = Path.Combine(folder, "a.csv");
        var second = Path.Combine(folder, "b.csv");
        string[] common = ["--topology", grid, "--sink", "7", "--nodes", "2", "--cpus-per-node", "2", "--rate-mbps", "1000"];

        var (exitCode, stdout, stderr) = CliRunner.Run(["place", .. common, "--seed", "5", "-o", first]);
        var again = CliRunner.Run(["place", .. common, "--seed", "5", "-o", second]);
        var evaluated = CliRunner.Run(["evaluate", .. common, "--placement", first, "--json"]);

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        var shape = new TestbedShape(2, 2);
        var costs = NetBalanceSim.Experiments.Scenarios.Scenario.CalibratedConstants.Testbed;
        var load = new SinkLoadFactory(TopologyFile.Read(grid).Topology, costs, 1000).For(7);
        var testbed = new TestbedCostModel(shape, costs);
        var placement = PlacementCsv.Read(first, 36, shape.VmCount);
        double tau = testbed.Tau(load, placement), tauLB = testbed.TauLowerBound(load);
        Assert.True(tau > 1 && tau >= tauLB, $"tau {tau}, tauLB {tauLB}");
        Assert.Contains(FormattableString.Invariant($"  tau        {tau:F4}\n"), stdout, StringComparison.Ordinal);
        Assert.Contains(FormattableString.Invariant($"  tauLB      {tauLB:F4}\n"), stdout, StringComparison.Ordinal);
        Assert.Contains(FormattableString.Invariant($"  tau/tauLB  {tau / tauLB:F4}\n"), stdout, StringComparison.Ordinal);
        Assert.Equal(0, evaluated.ExitCode);
        using var json = JsonDocument.Parse(evaluated.Stdout);
        Assert.Equal(tau, json.RootElement.GetProperty("tau").GetDouble());
        Assert.Equal(tauLB, json.RootElement.GetProperty("tauLowerBound").GetDouble());
        Assert.Equal(testbed.VmDemand(load, placement), json.RootElement.GetProperty("vmDemand").EnumerateArray().Select(d => d.GetDouble()));
    }

    [Fact]
    public void Place_HandWorkedPath_WritesValidPlacementAtTheOptimum()
    {
        // On 1 x 2 VMs a split of the path costs links: {0} | {1, 2} gives tau 10.002 (above), {0, 1} | {2}:
        //   D(0) = 2.001 + 3.001 + 0.3 * 10 = 8.002, D(1) = 1.001 + 3 = 4.001, tau = 8.002; all on one VM: 6.003.
        //   So the optimum is 6.003 = tauLB (everything on one VM, no link costs) and the placer must find it.
        var output = Path.Combine(folder, "out.csv");

        var (exitCode, stdout, _) = CliRunner.Run("place", "--topology", Write("path.edges", PathEdges), "--sink", "0", "--nodes", "1", "--cpus-per-node", "2", "--rate-mbps", PathRate, "-o", output);

        Assert.Equal(0, exitCode);
        Assert.Contains("  tau        6.0030\n", stdout, StringComparison.Ordinal);
        Assert.Contains("  tau/tauLB  1.0000\n", stdout, StringComparison.Ordinal);
        var placement = PlacementCsv.Read(output, 3, 2);
        Assert.Equal(placement[0], placement[1]);
        Assert.Equal(placement[1], placement[2]);
    }

    private (int ExitCode, string Stdout, string Stderr) Evaluate(string placement, params string[] more) =>
        CliRunner.Run(["evaluate", "--topology", Write("path.edges", PathEdges), "--sink", "0", "--rate-mbps", PathRate, "--placement", placement, .. more]);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
