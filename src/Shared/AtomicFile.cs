using System.Globalization;
using System.Text;

namespace SharedSource;

/// <summary>
/// Writes files atomically and durably: the content goes to a temporary file beside the target, created exclusively
/// (never through an existing file or link), flushed to disk, then renamed over the target (a link at the target
/// is replaced, not followed), and the directory flushed, so a reader, an interrupted run or a power loss sees
/// either the old file or the complete new one, never a part. Shared as source by the topology library and the
/// experiments (which may not depend on each other that way).
/// </summary>
internal static class AtomicFile
{
    /// <summary>How the names of our temporary files end (<c>.NAME.PID.N.netbalance-sim-tmp</c>).</summary>
    public const string TemporarySuffix = ".netbalance-sim-tmp";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private static int _counter;

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no byte-order mark) to <paramref name="path"/>.</summary>
    public static void WriteAllText(string path, string text) =>
        Write(path, stream =>
        {
            var bytes = Utf8NoBom.GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
        });

    /// <summary>Writes what <paramref name="write"/> puts into the stream to <paramref name="path"/>.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(directory);
        var temporary = WriteTemporary(directory, Path.GetFileName(fullPath), write);
        try
        {
            File.Move(temporary, fullPath, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
        DirectorySync.Flush(directory);
    }

    /// <summary>
    /// Writes a new temporary file for <paramref name="name"/> in <paramref name="directory"/>, flushed to disk, and
    /// returns its path; on failure nothing is left behind.
    /// </summary>
    public static string WriteTemporary(string directory, string name, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var (stream, temporary) = CreateTemporary(directory, name);
        try
        {
            using (stream)
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            return temporary;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Whether <paramref name="fileName"/> is one of our temporary files (left behind by a killed run).</summary>
    public static bool IsTemporary(string fileName) =>
        fileName.StartsWith('.') && fileName.EndsWith(TemporarySuffix, StringComparison.Ordinal);

    private static (FileStream Stream, string Path) CreateTemporary(string directory, string name)
    {
        for (var attempt = 0; ; attempt++)
        {
            var number = Interlocked.Increment(ref _counter);
            var temporary = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $".{name}.{Environment.ProcessId}.{number}{TemporarySuffix}"));
            try
            {
                return (new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None), temporary);
            }
            catch (IOException) when (attempt < 100 && (File.Exists(temporary) || new FileInfo(temporary).LinkTarget is not null))
            {
                // Left by a killed process that had our process id: take the next number.
            }
        }
    }
}
