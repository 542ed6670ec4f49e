using System.Globalization;

namespace SharedSource;

/// <summary>
/// Checks an input file before anything opens it: a directory, a dangling link, a pipe, a device or a socket (which
/// have no length, and whose open or read may block or never end) and a file above a size limit are refused with a
/// one-line reason. Shared as source by the topology library and the experiments.
/// </summary>
internal static class InputFile
{
    /// <summary>What is wrong with reading <paramref name="path"/> as <paramref name="what"/>, or null if nothing is.</summary>
    /// <param name="path">The file (a link is judged by its target).</param>
    /// <param name="what">What the file should be, with its article: <c>a topology file</c>.</param>
    /// <param name="maxBytes">The largest size accepted.</param>
    /// <param name="limit">The limit in words for the message, e.g. <c>1 GiB, the largest topology file read</c>.</param>
    /// <returns>The reason (to follow the path and a colon), or null.</returns>
    public static string? Problem(string path, string what, long maxBytes, string limit)
    {
        if (Directory.Exists(path))
        {
            return $"is a directory; expected {what}";
        }
        var info = new FileInfo(path);
        if (!info.Exists && info.LinkTarget is null)
        {
            return $"file not found; expected an existing {what["a ".Length..]}";
        }
        // FileInfo describes a symbolic link itself (its length is that of the target's name): look at the target.
        var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo;
        if (target is null || !target.Exists)
        {
            return $"is a symbolic link to nothing readable; expected an existing {what["a ".Length..]}";
        }
        if (target.Length == 0)
        {
            return $"empty or not a regular file (a pipe, a device or a socket has no length); expected {what} with content";
        }
        return target.Length > maxBytes
            ? string.Create(CultureInfo.InvariantCulture, $"{target.Length} bytes; expected at most {maxBytes} bytes ({limit})")
            : null;
    }
}
