namespace NetBalanceSim.Experiments.Output;

/// <summary>What a command asks of a results folder before it writes there.</summary>
/// <param name="PlanId">The plan about to run (null for a command that only adds files, such as <c>plot</c>).</param>
/// <param name="Writes">Every file name it will write (results, figures, manifest, journal).</param>
/// <param name="Force">Replace reference results of another plan.</param>
/// <param name="AllowOtherFiles">Write beside files NetBalanceSim did not write (which are then never changed or deleted).</param>
/// <param name="AddOnly">
/// Only adds files (<c>plot</c>): a folder whose <c>manifest.json</c> is not ours is then not refused; its manifest
/// counts as one of the other files, and only names that do not exist yet are written.
/// </param>
public sealed record FolderRequest(string? PlanId, IReadOnlyCollection<string> Writes, bool Force = false, bool AllowOtherFiles = false, bool AddOnly = false);
