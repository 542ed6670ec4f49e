using System.Text;
using NetBalanceSim.Experiments.Figures;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Experiments.Output;

/// <summary>Writes a plan's results folder: runs, summary, tau trace and manifest (STYLE §10-11).</summary>
public static class ResultsWriter
{
    /// <summary>The data files a run writes, besides the manifest.</summary>
    public static IReadOnlyList<string> DataFiles { get; } = ["runs.csv", "summary.csv", "tau-trace.csv"];

    /// <summary>Writes the results of <paramref name="units"/> into <paramref name="directory"/>.</summary>
    /// <param name="directory">The results folder.</param>
    /// <param name="plan">The plan that was run.</param>
    /// <param name="units">All its units, ordered by point and repetition.</param>
    /// <param name="provenance">How the run was made.</param>
    /// <param name="force">Replace reference results.</param>
    /// <param name="reference">Mark these results as reference results.</param>
    /// <param name="figures">The figures to draw from the tables (<c>&lt;id&gt;.png</c> and <c>.svg</c> each), or none.</param>
    public static void Write(string directory, SweepPlan plan, IReadOnlyList<UnitResult> units, RunProvenance provenance, bool force, bool reference = false, IReadOnlyList<IFigure>? figures = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(units);
        var runs = Bytes(ResultTables.Runs(plan, units));
        var summary = Bytes(ResultTables.Summary(plan, units));
        var trace = Bytes(ResultTables.TauTrace(plan, units));
        var files = new Dictionary<string, Action<Stream>>(StringComparer.Ordinal)
        {
            ["runs.csv"] = s => s.Write(runs),
            ["summary.csv"] = s => s.Write(summary),
            ["tau-trace.csv"] = s => s.Write(trace),
        };
        if (figures is { Count: > 0 })
        {
            var data = new FigureData(
                SummaryTable.From(CsvDocument.Parse(Encoding.UTF8.GetString(summary), Path.Combine(directory, SummaryTable.FileName))),
                TauTraceTable.From(CsvDocument.Parse(Encoding.UTF8.GetString(trace), Path.Combine(directory, TauTraceTable.FileName))));
            foreach (var figure in figures)
            {
                var (png, svg) = FigureRenderer.Draw(figure, data);
                files[figure.Id + ".png"] = s => s.Write(png);
                files[figure.Id + ".svg"] = s => s.Write(Encoding.UTF8.GetBytes(svg));
            }
        }
        var manifest = new Manifest
        {
            Scenario = plan.Resolved,
            RunSeeds = [.. Enumerable.Range(0, plan.Repetitions).Select(r => RepetitionRunner.RunSeed(plan.Resolved.Scenario, r))],
            Files = [.. files.Keys.Order(StringComparer.Ordinal), Manifest.FileName],
            Provenance = provenance,
            Reference = reference,
            PlanId = PlanId(plan),
        };
        ResultsFolder.Publish(directory, files, manifest, force);
    }

    private static byte[] Bytes(CsvTable table)
    {
        using var stream = new MemoryStream();
        table.WriteTo(stream);
        return stream.ToArray();
    }

    /// <summary>
    /// An identifier of the plan: its scenario (the keys that differ from the defaults, the sweep, repetitions and
    /// seed) and the contents of the topology files it runs on, not their paths, so the same plan has the same id in
    /// every checkout, and a key added at its default value does not change it.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <returns>A hex string.</returns>
    public static string PlanId(SweepPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var topologies = plan.Points.Select(p => p.Resolved.TopologyPath).Append(plan.Resolved.TopologyPath).Distinct(StringComparer.Ordinal)
            .Select(path => Kernel.StableHash.Fnv1a64(File.ReadAllText(path)).ToString("x16", System.Globalization.CultureInfo.InvariantCulture))
            .Order(StringComparer.Ordinal);
        var canonical = Manifest.ScenarioJson(plan.Resolved.Scenario, changedOnly: true) + "\n" + string.Join(",", topologies);
        return Kernel.StableHash.Fnv1a64(canonical).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
