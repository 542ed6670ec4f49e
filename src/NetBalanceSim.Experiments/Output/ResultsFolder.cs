using SharedSource;
namespace NetBalanceSim.Experiments.Output;

/// <summary>
/// Publishes a run's files into its results folder (STYLE §11): only once every file is complete, each one
/// atomically, the manifest last; files of the previous run that this one did not write again are deleted
/// only if the previous manifest lists them, so a user's own files are never touched; reference results are
/// only replaced with <c>force</c>.
/// </summary>
public static class ResultsFolder
{
    /// <summary>Writes <paramref name="files"/> and then the manifest into <paramref name="directory"/>.</summary>
    /// <param name="directory">The results folder, e.g. <c>results/default</c>.</param>
    /// <param name="files">File name to writer, all computed before anything is written.</param>
    /// <param name="manifestJson">The manifest's text (it must list the file names).</param>
    /// <param name="force">Replace reference results.</param>
    /// <exception cref="ResultsFolderException">The folder holds reference results and <paramref name="force"/> is false.</exception>
    public static void Publish(string directory, IReadOnlyDictionary<string, Action<Stream>> files, string manifestJson, bool force)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(files);
        var previous = Manifest.ReadOwnership(Path.Combine(directory, Manifest.FileName));
        if (previous is { Reference: true } && !force)
        {
            throw new ResultsFolderException($"{directory}: holds reference results (its manifest.json says so); use --force to replace them");
        }
        foreach (var (name, write) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            AtomicFile.Write(Path.Combine(directory, name), write);
        }
        AtomicFile.WriteAllText(Path.Combine(directory, Manifest.FileName), manifestJson);
        foreach (var stale in previous?.Files ?? [])
        {
            var isOurs = !files.ContainsKey(stale) && stale != Manifest.FileName && IsPlainName(stale);
            if (isOurs)
            {
                File.Delete(Path.Combine(directory, stale));
            }
        }
    }

    private static bool IsPlainName(string name) =>
        name.Length > 0 && name == Path.GetFileName(name) && name is not "." and not "..";
}
