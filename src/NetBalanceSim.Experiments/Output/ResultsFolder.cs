using SharedSource;
namespace NetBalanceSim.Experiments.Output;

/// <summary>
/// Publishes a run's files into its results folder (STYLE §11): only once every file is complete, each one
/// atomically, the manifest last; files of the previous run that this one did not write again are deleted
/// only if the previous manifest lists them, so a user's own files are never touched. Reference results are
/// replaced only by a run of the same plan (which gives the same tables) or with <c>force</c>.
/// </summary>
public static class ResultsFolder
{
    /// <summary>Checks, before anything runs, that a run of <paramref name="planId"/> may write <paramref name="directory"/>.</summary>
    /// <param name="directory">The results folder.</param>
    /// <param name="planId">The plan about to run.</param>
    /// <param name="force">Replace reference results of another plan, or ignore an unreadable manifest.</param>
    /// <returns>True if the folder holds reference results of this same plan, which the run then stays.</returns>
    /// <exception cref="ResultsFolderException">The folder holds reference results of another plan, or an unreadable manifest.</exception>
    public static bool Check(string directory, string planId, bool force)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return Check(directory, ReadPrevious(directory, force), planId, force);
    }

    /// <summary>Writes <paramref name="files"/> and then the manifest into <paramref name="directory"/>.</summary>
    /// <param name="directory">The results folder, e.g. <c>results/default</c>.</param>
    /// <param name="files">File name to writer, all computed before anything is written.</param>
    /// <param name="manifest">The manifest (it lists the file names).</param>
    /// <param name="force">Replace reference results of another plan.</param>
    /// <exception cref="ResultsFolderException">See <see cref="Check"/>.</exception>
    public static void Publish(string directory, IReadOnlyDictionary<string, Action<Stream>> files, Manifest manifest, bool force)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(manifest);
        var previous = ReadPrevious(directory, force);
        Check(directory, previous, manifest.PlanId, force);
        foreach (var (name, write) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            AtomicFile.Write(Path.Combine(directory, name), write);
        }
        AtomicFile.WriteAllText(Path.Combine(directory, Manifest.FileName), manifest.ToJson(Directory.GetCurrentDirectory()));
        foreach (var stale in previous?.Files ?? [])
        {
            var isOurs = !files.ContainsKey(stale) && stale != Manifest.FileName && IsPlainName(stale);
            if (isOurs)
            {
                File.Delete(Path.Combine(directory, stale));
            }
        }
    }

    private static bool Check(string directory, ManifestOwnership? previous, string planId, bool force)
    {
        if (previous is { Reference: true } && previous.PlanId != planId && !force)
        {
            throw new ResultsFolderException(
                $"{directory}: holds reference results of another plan (other repetitions, seed or settings); use another --out, or --force to replace them");
        }
        return previous is { Reference: true } && previous.PlanId == planId;
    }

    private static ManifestOwnership? ReadPrevious(string directory, bool force)
    {
        try
        {
            return Manifest.ReadOwnership(Path.Combine(directory, Manifest.FileName));
        }
        catch (ResultsFolderException) when (force)
        {
            return null;
        }
    }

    private static bool IsPlainName(string name) =>
        name.Length > 0 && name == Path.GetFileName(name) && name is not "." and not "..";
}
