namespace NetBalanceSim.Experiments.Statements;

/// <summary>
/// One statement of the paper's Section V with the band of relative runtime in which NetBalanceSim counts it as
/// holding, and how to measure it from the figures' results.
/// </summary>
/// <param name="Id">S1 .. S10.</param>
/// <param name="Claim">The paper's statement, in its words where it has them.</param>
/// <param name="Band">The band as a test on the results, in words (docs/reproduction.md lists the same).</param>
/// <param name="Set">Calibration or validation.</param>
/// <param name="Figures">The figures whose results it reads.</param>
/// <param name="Evaluate">The test.</param>
public sealed record PaperStatement(string Id, string Claim, string Band, StatementSet Set, IReadOnlyList<string> Figures, Func<FigureResults, StatementVerdict> Evaluate)
{
    /// <summary>Evaluates the statement, or says which figure is missing.</summary>
    /// <param name="results">The figures' results.</param>
    /// <returns>The verdict.</returns>
    public StatementVerdict Check(FigureResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var missing = Figures.Where(f => !results.Has(f)).ToList();
        if (missing.Count > 0)
        {
            return StatementVerdict.NotMeasured($"no results of {string.Join(", ", missing)}");
        }
        try
        {
            return Evaluate(results);
        }
        catch (StatementDataException ex)
        {
            return StatementVerdict.NotMeasured(ex.Message);
        }
    }
}
