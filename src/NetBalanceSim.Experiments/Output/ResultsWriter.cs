using System.Text;
using NetBalanceSim.Experiments.Figures;
using NetBalanceSim.Experiments.Running;
using NetBalanceSim.Experiments.Sweeps;

namespace NetBalanceSim.Experiments.Output;

/// <summary>Writes a plan's results folder: runs, summary, tau trace and manifest (STYLE §10-11).</summary>
public static class ResultsWriter
{
    /// <summary>The data files a run may write, besides the manifest (<c>paired.csv</c> only for a plan with a sweep).</summary>
    public static IReadOnlyList<string> DataFiles { get; } = ["runs.csv", "summary.csv", "tau-trace.csv", PairedTable.FileName];

    /// <summary>Every file a run of a plan with <paramref name="figures"/> writes into its folder: the tables, the figures, the manifest and the journal.</summary>
    /// <param name="figures">The figures drawn from the tables.</param>
    /// <param name="paired">Whether the plan has a sweep, and so a <c>paired.csv</c>.</param>
    /// <returns>The file names.</returns>
    public static IReadOnlyList<string> Writes(IReadOnlyList<IFigure> figures, bool paired)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return [.. DataFiles.Where(f => paired || f != PairedTable.FileName), .. figures.SelectMany(f => new[] { f.Id + ".png", f.Id + ".svg" }), Manifest.FileName, Journal.FileName];
    }

    /// <summary>Writes the results of <paramref name="units"/> into the claimed <paramref name="folder"/>.</summary>
    /// <param name="folder">The results folder, claimed by this run.</param>
    /// <param name="plan">The plan that was run.</param>
    /// <param name="units">All its units, ordered by point and repetition.</param>
    /// <param name="provenance">How the run was made (the invocation publishing it).</param>
    /// <param name="reference">Mark these results as reference results.</param>
    /// <param name="figures">The figures to draw from the tables (<c>&lt;id&gt;.png</c> and <c>.svg</c> each), or none.</param>
    /// <param name="invocations">Every invocation that contributed units, oldest first (empty: just this one).</param>
    /// <param name="reused">How many of the units were taken from the folder's previous results.</param>
    /// <param name="precision">How sequential stopping (<c>--precision</c>) chose the repetitions, or null for a fixed count.</param>
    public static void Write(ResultsFolder folder, SweepPlan plan, IReadOnlyList<UnitResult> units, RunProvenance provenance, bool reference = false, IReadOnlyList<IFigure>? figures = null, IReadOnlyList<Invocation>? invocations = null, int reused = 0, PrecisionRecord? precision = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(units);
        var summary = Bytes(ResultTables.Summary(plan, units));
        var trace = Bytes(ResultTables.TauTrace(plan, units));
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["runs.csv"] = Bytes(ResultTables.Runs(plan, units)),
            ["summary.csv"] = summary,
            ["tau-trace.csv"] = trace,
        };
        if (plan.Columns.Count > 0)
        {
            files[PairedTable.FileName] = Bytes(PairedTable.Of(plan, units));
        }
        if (figures is { Count: > 0 })
        {
            var data = new FigureData(
                SummaryTable.From(CsvDocument.Parse(Encoding.UTF8.GetString(summary), Path.Combine(folder.Directory, SummaryTable.FileName))),
                TauTraceTable.From(CsvDocument.Parse(Encoding.UTF8.GetString(trace), Path.Combine(folder.Directory, TauTraceTable.FileName))));
            foreach (var figure in figures)
            {
                var (png, svg) = FigureRenderer.Draw(figure, data);
                files[figure.Id + ".png"] = png;
                files[figure.Id + ".svg"] = Encoding.UTF8.GetBytes(svg);
            }
        }
        var manifest = new Manifest
        {
            Scenario = plan.Resolved,
            RunSeeds = [.. Enumerable.Range(0, plan.Repetitions).Select(r => RepetitionRunner.RunSeed(plan.Resolved.Scenario, r))],
            Files = [.. files.Keys.Order(StringComparer.Ordinal)],
            Provenance = provenance,
            Invocations = invocations ?? [],
            Where = plan.Filters,
            Points = [.. plan.Points.Zip(UnitReuse.PointKeys(plan), (p, key) => (p.Values, key))],
            ReusedRepetitions = reused,
            Reference = reference,
            PlanId = PlanId(plan),
            Precision = precision,
        };
        folder.Publish(files, manifest);
    }

    private static byte[] Bytes(CsvTable table)
    {
        using var stream = new MemoryStream();
        table.WriteTo(stream);
        return stream.ToArray();
    }

    /// <summary>
    /// An identifier of the plan: its scenario (the keys that differ from the defaults, the sweep, repetitions and
    /// seed) and the contents of the topology files (and flow traces) it runs on, not their paths, so the same plan has the same id in
    /// every checkout, and a key added at its default value does not change it.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <returns>A hex string.</returns>
    public static string PlanId(SweepPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var topologies = plan.Points.Select(p => p.Resolved.TopologyPath).Append(plan.Resolved.TopologyPath).Distinct(StringComparer.Ordinal)
            .Select(UnitReuse.ContentHash)
            .Order(StringComparer.Ordinal);
        var traces = plan.Points.Select(p => p.Resolved.Scenario.TracePath).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(UnitReuse.ContentHash)
            .Order(StringComparer.Ordinal).ToList();
        var canonical = Manifest.ScenarioJson(plan.Resolved.Scenario, changedOnly: true) + "\n" + string.Join(",", topologies)
            + (plan.Filters.Count == 0 ? "" : "\nwhere " + string.Join(" ", plan.Filters))
            + (traces.Count == 0 ? "" : "\ntraces " + string.Join(",", traces));
        return Kernel.StableHash.Fnv1a64(canonical).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
