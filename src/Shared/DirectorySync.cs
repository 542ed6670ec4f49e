using System.Runtime.InteropServices;
using System.Text;

namespace SharedSource;

/// <summary>
/// Flushes a directory's entries to disk (<c>fsync</c> on the directory), so that a rename, create or unlink in it
/// survives a power loss in the order it was made. .NET has no API for this (it refuses to open a directory as a
/// file), hence the two system calls. On Windows, where directory entries are journaled with the file, it does nothing.
/// </summary>
internal static partial class DirectorySync
{
    private const int ReadOnly = 0;

    /// <summary>Flushes <paramref name="directory"/>'s entries; best effort where the platform cannot.</summary>
    /// <param name="directory">An existing directory.</param>
    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        try
        {
            var path = Encoding.UTF8.GetBytes(Path.GetFullPath(directory) + "\0");
            var descriptor = Open(path, ReadOnly);
            if (descriptor < 0)
            {
                return;
            }
            _ = FileSync(descriptor);
            _ = Close(descriptor);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // A libc without these entry points: the file itself was flushed, the entry is left to the file system.
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int FileSync(int descriptor);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int descriptor);
}
