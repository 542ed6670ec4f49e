namespace NetBalanceSim.Cli;

/// <summary>How a run may treat its results folder: continue or discard an unfinished run, replace references, write beside other files.</summary>
/// <param name="Resume">Continue the unfinished run the folder's journal holds.</param>
/// <param name="Restart">Discard that journal and start over.</param>
/// <param name="Force">Replace reference results of another plan.</param>
/// <param name="AllowOtherFiles">Write beside files NetBalanceSim did not write.</param>
internal sealed record FolderWriteOptions(bool Resume, bool Restart, bool Force, bool AllowOtherFiles)
{
    /// <summary>The options, checked: <c>--resume</c> and <c>--restart</c> contradict each other.</summary>
    public static FolderWriteOptions Of(bool resume, bool restart, bool force, bool allowOtherFiles) =>
        resume && restart
            ? throw new UsageException("--resume and --restart: choose one (continue the unfinished run, or discard it)")
            : new(resume, restart, force, allowOtherFiles);
}
