namespace NetBalance;

/// <summary>One started search budget.</summary>
public interface ISearchBudgetRun
{
    /// <summary>Returns the fraction of the budget used, which drives the cooling schedule.</summary>
    /// <param name="movesEvaluated">The moves evaluated so far in this search.</param>
    /// <returns>A value from 0 (nothing used) upwards; 1 or more means the budget is exhausted.</returns>
    double Progress(long movesEvaluated);
}
