using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NetBalanceSim.Topologies.Formats;
using NetBalanceSim.Topologies.Statistics;

namespace NetBalanceSim.Cli.Commands;

/// <summary><c>netbalance-sim topology stats FILE [--json]</c>: size, degrees, clustering, path lengths.</summary>
internal static class TopologyStatsCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Topology file (.edges, .graphml, .gml, .net, .mtx)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table" };
        var lenient = TopologyOptions.Lenient();
        var largest = TopologyOptions.LargestComponent();
        var allowDisconnected = new Option<bool>("--allow-disconnected")
        {
            Description = "Report a disconnected graph's components instead of failing (path figures then cover reachable pairs)",
        };
        var stats = new Command(
            "stats",
            "Print nodes, links, connected components, degree min/mean/max, average clustering, mean shortest path and " +
            $"diameter. Path figures are exact up to {TopologyStatisticsCalculator.ExactPathNodeLimit:N0} nodes; above, they are estimated from " +
            $"{TopologyStatisticsCalculator.SampledSources:N0} sampled sources (mean with its 95% interval; diameter as a lower bound). " +
            "Example: netbalance-sim topology stats topologies/internet.edges --json");
        stats.Arguments.Add(file);
        stats.Options.Add(json);
        stats.Options.Add(lenient);
        stats.Options.Add(allowDisconnected);
        stats.Options.Add(largest);
        stats.SetAction(parse =>
        {
            string path = parse.GetValue(file)!;
            var options = new TopologyReadOptions
            {
                DropInvalidLinks = parse.GetValue(lenient),
                RequireConnected = !parse.GetValue(allowDisconnected),
                KeepLargestComponent = parse.GetValue(largest),
            };
            var figures = TopologyStatisticsCalculator.Compute(TopologyOptions.Read(parse, path, options).Topology);
            var output = parse.InvocationConfiguration.Output;
            output.Write(parse.GetValue(json) ? Json(figures) : Table(path, figures));
            return CliApp.ExitOk;
        });
        return stats;
    }

    /// <summary>The JSON form, keys in a fixed order, numbers culture-invariant at full precision.</summary>
    public static string Json(TopologyStatistics s)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteNumber("nodes", s.Nodes);
            json.WriteNumber("links", s.Links);
            json.WriteNumber("components", s.Components);
            json.WriteNumber("degreeMin", s.DegreeMin);
            json.WriteNumber("degreeMean", s.DegreeMean);
            json.WriteNumber("degreeMax", s.DegreeMax);
            json.WriteNumber("averageClustering", s.AverageClustering);
            json.WriteNumber("meanShortestPath", s.MeanShortestPath);
            json.WriteNumber("diameter", s.Diameter);
            json.WriteBoolean("pathsExact", s.PathsExact);
            json.WriteNumber("pathSampleSources", s.PathSampleSources);
            if (double.IsFinite(s.MeanShortestPathHalfWidth95))
            {
                json.WriteNumber("meanShortestPathCi95HalfWidth", s.MeanShortestPathHalfWidth95);
            }
            else
            {
                json.WriteNull("meanShortestPathCi95HalfWidth");
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string Table(string path, TopologyStatistics s)
    {
        var inv = CultureInfo.InvariantCulture;
        var meanPath = s.PathsExact
            ? string.Create(inv, $"{s.MeanShortestPath:F3}")
            : string.Create(inv, $"{s.MeanShortestPath:F3} +/- {s.MeanShortestPathHalfWidth95:F3} (95% interval; {s.PathSampleSources:N0} of {s.Nodes:N0} sources sampled)");
        var diameter = s.PathsExact
            ? s.Diameter.ToString(inv)
            : string.Create(inv, $">= {s.Diameter} (lower bound: sampled sources and a double sweep)");
        return string.Create(
            inv,
            $"""
            file                 {path}
            nodes                {s.Nodes}
            links                {s.Links}
            components           {s.Components}
            degree min/mean/max  {s.DegreeMin} / {s.DegreeMean:F3} / {s.DegreeMax}
            average clustering   {s.AverageClustering:F4}
            mean shortest path   {meanPath}
            diameter             {diameter}

            """);
    }
}
