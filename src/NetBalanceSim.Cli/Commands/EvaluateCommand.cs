using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NetBalance;

namespace NetBalanceSim.Cli.Commands;

/// <summary>
/// <c>netbalance-sim evaluate --topology FILE --placement P.csv --sink V [--from P0.csv] [--json]</c>: tau, tauLB and
/// every VM's demand of a placement under the sink's load (DESIGN §3 "Testbed cost model"), and with
/// <c>--from</c> the migrations and Tr of going from P0 to P ("Migration cost model").
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var engine = new EngineOptions();
        var placement = new Option<string>("--placement", "-p") { Description = "Placement file (CSV: vnode,vm) to evaluate", Required = true };
        var from = new Option<string?>("--from") { Description = "Placement before the transition: also report the migrations and Tr from it to --placement" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (tau, tauLowerBound, vmDemand, migrations, reconfigurationSeconds, constants)" };
        var command = new Command(
            "evaluate",
            "Evaluate a placement under one sink's load: tau, tauLB, every VM's demand D(m) in CPU-seconds per second, " +
            "and with --from the migrations and the reconfiguration time Tr. Examples:\n" +
            "  netbalance-sim evaluate --topology topologies/grid.edges --placement grid-0.csv --sink 0\n" +
            "  netbalance-sim evaluate -t topologies/grid.edges -p grid-0.csv --sink 800 --from grid-800.csv --json\n" +
            "  netbalance-sim evaluate -t topologies/grid.edges -p grid-0.csv --sink 0 --set sigmaInterPn=0.4 --set nicMbps=1000");
        engine.AddTo(command);
        command.Options.Add(placement);
        command.Options.Add(from);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var inputs = engine.Resolve(parse);
            var phi = inputs.ReadPlacement(parse.GetValue(placement)!);
            var fromPath = parse.GetValue(from);
            var phi0 = fromPath is null ? null : inputs.ReadPlacement(fromPath);
            var load = inputs.Load();
            var testbed = new TestbedCostModel(inputs.Shape, inputs.Constants.Testbed);
            var result = new Evaluation(
                testbed.Tau(load, phi),
                testbed.TauLowerBound(load),
                testbed.VmDemand(load, phi),
                phi0 is null ? null : new MigrationCostModel(inputs.Shape, inputs.Constants.Migration).Plan(phi0, phi));
            var output = parse.InvocationConfiguration.Output;
            output.Write(parse.GetValue(json) ? Json(result, inputs) : Text(result, inputs, parse.GetValue(placement)!, fromPath));
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>The JSON form: keys in a fixed order, numbers at full precision, an infinite constant (no NIC limit) as null, as in scenario files.</summary>
    private static string Json(Evaluation e, EngineInputs inputs)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteNumber("tau", e.Tau);
            json.WriteNumber("tauLowerBound", e.TauLowerBound);
            json.WriteStartArray("vmDemand");
            foreach (var d in e.VmDemand)
            {
                json.WriteNumberValue(d);
            }

            json.WriteEndArray();
            json.WriteStartArray("migrations");
            foreach (var m in e.Plan?.Migrations ?? [])
            {
                json.WriteStartObject();
                json.WriteNumber("vnode", m.Vnode);
                json.WriteNumber("fromVm", m.FromVm);
                json.WriteNumber("toVm", m.ToVm);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("reconfigurationSeconds", e.Plan?.ReconfigurationSeconds ?? 0);
            json.WriteStartObject("constants");
            foreach (var (name, value) in inputs.Constants.ToList())
            {
                WriteNumberOrNull(json, name, value);
            }

            json.WriteNumber("RateMbps", inputs.RateMbps);
            json.WriteNumber("physicalNodes", inputs.Shape.PhysicalNodes);
            json.WriteNumber("cpusPerNode", inputs.Shape.CpusPerNode);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Text(Evaluation e, EngineInputs inputs, string placementPath, string? fromPath)
    {
        var inv = CultureInfo.InvariantCulture;
        var shape = inputs.Shape;
        var text = new StringBuilder();
        text.Append(inv, $"placement  {placementPath}: {inputs.Topology.NodeCount} vnodes on {shape.PhysicalNodes} x {shape.CpusPerNode} = {shape.VmCount} VMs\n");
        text.Append(inv, $"load       {inputs.TopologyPath}, sink {inputs.Sink}, {inputs.RateMbps} Mbit/s per source\n");
        text.Append(inv, $"tau        {e.Tau:F6}\n");
        text.Append(inv, $"tauLB      {e.TauLowerBound:F6}\n");
        text.Append(inv, $"tau/tauLB  {e.Tau / e.TauLowerBound:F6}\n");
        text.Append("VM demand D(m), CPU-seconds per second:\n    vm  node   demand\n");
        for (var vm = 0; vm < e.VmDemand.Length; vm++)
        {
            text.Append(inv, $"{vm,6}  {shape.NodeOf(vm),4}  {e.VmDemand[vm],7:F4}\n");
        }

        if (e.Plan is not null)
        {
            text.Append(inv, $"migrations from {fromPath}: {e.Plan.Migrations.Count}\n");
            if (e.Plan.Migrations.Count > 0)
            {
                text.Append(" vnode  fromVm  toVm\n");
                foreach (var m in e.Plan.Migrations)
                {
                    text.Append(inv, $"{m.Vnode,6}  {m.FromVm,6}  {m.ToVm,4}\n");
                }
            }

            text.Append(inv, $"Tr         {e.Plan.ReconfigurationSeconds:F4} s\n");
        }

        return text.ToString();
    }

    private sealed record Evaluation(double Tau, double TauLowerBound, double[] VmDemand, MigrationPlan? Plan);
}
