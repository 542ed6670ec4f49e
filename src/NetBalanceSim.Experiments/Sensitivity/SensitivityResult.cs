namespace NetBalanceSim.Experiments.Sensitivity;

/// <summary>The analysis of a finished sensitivity sweep.</summary>
/// <param name="Metric">The <c>summary.csv</c> column analysed.</param>
/// <param name="Tornado">The tornado's rows ranked by swing (empty without tornado points).</param>
/// <param name="Morris">The Morris measures ranked by mu* (empty without trajectories).</param>
/// <param name="Trajectories">How many Morris trajectories the measures come from.</param>
public sealed record SensitivityResult(string Metric, IReadOnlyList<TornadoRow> Tornado, IReadOnlyList<MorrisIndex> Morris, int Trajectories)
{
    /// <summary>The names of up to three factors that matter most: by tornado swing, else by Morris mu*.</summary>
    public IReadOnlyList<string> TopThree => Tornado.Count > 0
        ? [.. Tornado.Take(3).Select(r => r.Factor)]
        : [.. Morris.Take(3).Select(m => m.Factor)];
}
