using SharedSource;

namespace NetBalanceSim.Experiments.Output;

/// <summary>
/// The one-writer lock of a results folder: an exclusive lock on <c>.netbalance-sim.lock</c> in it (an advisory
/// <c>flock</c> on Unix, a share-none open on Windows), held while a run, sweep, resume, merge or plot writes there
/// and released by the operating system if the process dies. Who holds it is written beside it in
/// <c>.netbalance-sim.holder</c> (the locked file cannot be read by others), so that a second writer is told whom
/// it waits for.
/// </summary>
public sealed class FolderLock : IDisposable
{
    /// <summary>The lock file's name.</summary>
    public const string LockFileName = ".netbalance-sim.lock";

    /// <summary>The name of the file saying who holds the lock.</summary>
    public const string HolderFileName = ".netbalance-sim.holder";

    private readonly FileStream _stream;
    private readonly string _directory;

    private FolderLock(FileStream stream, string directory)
    {
        _stream = stream;
        _directory = directory;
    }

    /// <summary>Takes the lock of <paramref name="directory"/> (which must exist), or fails at once.</summary>
    /// <param name="directory">The results folder.</param>
    /// <param name="holder">Who takes it, e.g. <c>process 4242: netbalance-sim sweep scenarios/fig7.json</c>.</param>
    /// <returns>The held lock; dispose it to release.</returns>
    /// <exception cref="ResultsFolderException">Another writer holds it, or the lock file cannot be made.</exception>
    public static FolderLock Acquire(string directory, string holder)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var path = Path.Combine(directory, LockFileName);
        RefuseLink(directory, LockFileName);
        RefuseLink(directory, HolderFileName);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (IsLockedByOther(ex) && File.Exists(path))
        {
            throw new ResultsFolderException($"{directory}: in use by another NetBalanceSim run ({Holder(directory)}); wait for it to finish or use another --out");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ResultsFolderException($"{path}: cannot be created or locked ({ex.Message})", ex);
        }
        var folderLock = new FolderLock(stream, directory);
        try
        {
            AtomicFile.WriteAllText(Path.Combine(directory, HolderFileName), holder + "\n");
        }
        catch
        {
            folderLock.Dispose();
            throw;
        }
        return folderLock;
    }

    /// <summary>Whether <paramref name="fileName"/> is one of the lock's two files.</summary>
    public static bool IsLockFile(string fileName) => fileName is LockFileName or HolderFileName;

    /// <summary>Removes the holder note and releases the lock.</summary>
    public void Dispose()
    {
        try
        {
            File.Delete(Path.Combine(_directory, HolderFileName));
        }
        catch (IOException)
        {
            // The note is only a courtesy to the next writer; the lock itself is released below.
        }
        _stream.Dispose();
    }

    /// <summary>
    /// Whether the open failed because another process holds the lock (EWOULDBLOCK on Linux, EAGAIN on macOS, a sharing
    /// violation on Windows), not because the file system refused (read-only, full, permissions).
    /// </summary>
    private static bool IsLockedByOther(IOException ex) => ex.HResult is 11 or 35 or unchecked((int)0x80070020);

    private static string Holder(string directory)
    {
        try
        {
            var text = File.ReadAllText(Path.Combine(directory, HolderFileName)).Trim();
            return text.Length == 0 || text.Length > 300 || text.Contains('\n', StringComparison.Ordinal) ? "holder unknown" : text;
        }
        catch (IOException)
        {
            return "holder unknown";
        }
    }

    private static void RefuseLink(string directory, string name)
    {
        if (new FileInfo(Path.Combine(directory, name)).LinkTarget is not null)
        {
            throw new ResultsFolderException($"{Path.Combine(directory, name)}: is a symbolic link; NetBalanceSim never writes through links");
        }
    }
}
