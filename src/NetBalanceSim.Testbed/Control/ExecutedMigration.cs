namespace NetBalanceSim.Testbed;

/// <summary>One deployment carried out by the <see cref="MockedMigrationExecutor"/>.</summary>
/// <param name="StartRealSeconds">When the experiment was suspended.</param>
/// <param name="ReconfigurationSeconds">Tr: how long it stayed suspended.</param>
/// <param name="MigratedVnodes">How many vnodes changed VM.</param>
public readonly record struct ExecutedMigration(double StartRealSeconds, double ReconfigurationSeconds, int MigratedVnodes);
