namespace NetBalance;

/// <summary>What every placement search is judged by: the testbed and the constants of both cost models.</summary>
/// <param name="Shape">The testbed: physical nodes and CPUs per node.</param>
/// <param name="Testbed">The testbed cost constants (tau).</param>
/// <param name="Migration">The migration cost constants (Tr).</param>
public sealed record PlacementModel(TestbedShape Shape, TestbedCostOptions Testbed, MigrationCostOptions Migration)
{
    /// <summary>Checks every part.</summary>
    /// <returns>This instance.</returns>
    /// <exception cref="ArgumentNullException">A part is missing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A constant is out of range.</exception>
    public PlacementModel Validate()
    {
        ArgumentNullException.ThrowIfNull(Shape);
        ArgumentNullException.ThrowIfNull(Testbed);
        ArgumentNullException.ThrowIfNull(Migration);
        Testbed.Validate();
        Migration.Validate();
        return this;
    }
}
