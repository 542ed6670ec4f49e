using System.Collections.Concurrent;
using NetBalanceSim.Experiments.Formats;
using NetBalanceSim.Testbed;

namespace NetBalanceSim.Experiments.Components;

/// <summary>
/// The flow traces read by this process, each read once (per file, its size and modification time, and topology size) and
/// shared read-only by every repetition and sweep point that replays it. Thread-safe.
/// </summary>
public static class TraceFiles
{
    private static readonly ConcurrentDictionary<(string Path, long Bytes, long WrittenTicks, int VertexCount), Lazy<FlowChanges>> Read = new();

    /// <summary>The trace at <paramref name="path"/>, checked against a topology of <paramref name="vertexCount"/> vnodes.</summary>
    /// <param name="path">The trace's full path.</param>
    /// <param name="vertexCount">The topology's vnodes.</param>
    /// <returns>Its flow changes.</returns>
    /// <exception cref="FlowTraceException">The file cannot be read or breaks a rule (the same error every time).</exception>
    public static FlowChanges Get(string path, int vertexCount)
    {
        // The file's size and modification time are part of the key, so a trace rewritten while the process runs is read again.
        var file = new FileInfo(path);
        var key = file.Exists ? (path, file.Length, file.LastWriteTimeUtc.Ticks, vertexCount) : (path, -1L, 0L, vertexCount);
        return Read.GetOrAdd(key, k => new Lazy<FlowChanges>(() => FlowTraceCsv.Read(k.Path, k.VertexCount))).Value;
    }
}
