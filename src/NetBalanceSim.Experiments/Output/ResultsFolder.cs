using System.Text.Json.Nodes;
using NetBalanceSim.Experiments.Running;
using SharedSource;

namespace NetBalanceSim.Experiments.Output;

/// <summary>
/// A results folder claimed by one writer (STYLE §11). A folder is ours only if our manifest says so: we never
/// overwrite or delete a file it does not list (besides our journal, lock and temporary files), never write through a
/// link, and refuse a folder holding other files unless asked to write beside them. One writer at a time holds the
/// folder's lock. Results are published so that a crash, a kill or a full disk leaves the previous complete results
/// or detectably incomplete ones, never an undetected mix: every file is first written and flushed beside its target,
/// then a manifest marked incomplete is moved into place, then the files, then the complete manifest listing each
/// file's checksum; each step flushes the folder.
/// </summary>
public sealed class ResultsFolder : IDisposable
{
    private readonly FolderLock _lock;

    private ResultsFolder(string directory, FolderLock folderLock, FolderInventory inventory)
    {
        Directory = directory;
        _lock = folderLock;
        Inventory = inventory;
    }

    /// <summary>The folder.</summary>
    public string Directory { get; }

    /// <summary>
    /// A pause after every step of a publish, zero by default: crash tests set it (the command line reads
    /// <c>NETBALANCE_SIM_PUBLISH_PAUSE_MS</c>) to kill a run in the middle of publishing.
    /// </summary>
    public static TimeSpan StepPause { get; set; } = TimeSpan.Zero;

    /// <summary>What the folder held when it was claimed (its <see cref="FolderInventory.Temporaries"/> were then removed).</summary>
    public FolderInventory Inventory { get; private set; }

    /// <summary>
    /// Checks, without writing anything, that <paramref name="request"/> may write <paramref name="directory"/>.
    /// </summary>
    /// <param name="directory">The results folder (it need not exist).</param>
    /// <param name="request">What will be written.</param>
    /// <returns>The folder's inventory; <see cref="IsSamePlanReference"/> tells whether it holds reference results of this plan.</returns>
    /// <exception cref="ResultsFolderException">The folder may not be written; the message says why and what to do.</exception>
    public static FolderInventory Inspect(string directory, FolderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new ResultsFolderException("--out: an empty path; expected a results folder");
        }
        var inventory = FolderInventory.Read(directory, request.AddOnly);
        var previous = inventory.Manifest;
        if (request.PlanId is not null && previous is { Reference: true } && previous.PlanId != request.PlanId && !request.Force)
        {
            throw new ResultsFolderException(
                $"{directory}: holds reference results of another plan (other repetitions, seed or settings); use another --out, or --force to replace them");
        }
        foreach (var name in request.Writes.Concat(previous?.Owned ?? []).Append(Journal.FileName).Order(StringComparer.Ordinal))
        {
            if (inventory.Links.Contains(name, StringComparer.Ordinal))
            {
                throw new ResultsFolderException($"{Path.Combine(directory, name)}: is a symbolic link; NetBalanceSim never writes through links");
            }
        }
        foreach (var name in request.Writes.Order(StringComparer.Ordinal))
        {
            if (inventory.Foreign.Contains(name, StringComparer.Ordinal))
            {
                throw new ResultsFolderException(
                    $"{Path.Combine(directory, name)}: not written by NetBalanceSim (no manifest of ours lists it) and would be replaced; move it away or use another --out");
            }
        }
        if (inventory.Foreign.Count > 0 && !request.AllowOtherFiles)
        {
            throw new ResultsFolderException(
                $"{directory}: holds files NetBalanceSim did not write (e.g. {inventory.Foreign[0]}); use a new or empty folder, or --allow-other-files to write beside them (they are never changed)");
        }
        return inventory;
    }

    /// <summary>Whether the inspected folder holds reference results of <paramref name="planId"/> (which a run of that plan keeps as reference).</summary>
    public static bool IsSamePlanReference(FolderInventory inventory, string planId) =>
        inventory?.Manifest is { Reference: true } manifest && manifest.PlanId == planId;

    /// <summary>
    /// Creates the folder if needed, takes its lock, checks it again (another writer may have been faster) and removes
    /// our temporary files left by a killed run.
    /// </summary>
    /// <param name="directory">The results folder.</param>
    /// <param name="request">What will be written.</param>
    /// <param name="holder">Who claims it (shown to a second writer).</param>
    /// <returns>The claimed folder; dispose it to release the lock.</returns>
    /// <exception cref="ResultsFolderException">See <see cref="Inspect"/>; or the folder is locked, or cannot be created.</exception>
    public static ResultsFolder Claim(string directory, FolderRequest request, string holder)
    {
        Inspect(directory, request);
        try
        {
            System.IO.Directory.CreateDirectory(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ResultsFolderException($"{directory}: cannot create the results folder ({ex.Message})", ex);
        }
        var folderLock = FolderLock.Acquire(directory, holder);
        try
        {
            var inventory = Inspect(directory, request);
            foreach (var temporary in inventory.Temporaries)
            {
                File.Delete(Path.Combine(directory, temporary));
            }
            DirectorySync.Flush(directory);
            return new ResultsFolder(directory, folderLock, inventory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            folderLock.Dispose();
            throw new ResultsFolderException($"{directory}: cannot be prepared ({ex.Message})", ex);
        }
        catch
        {
            folderLock.Dispose();
            throw;
        }
    }

    /// <summary>Publishes a run's <paramref name="files"/> and its <paramref name="manifest"/>; files of the previous results not written again are deleted.</summary>
    /// <param name="files">File name to content, all computed before anything is written.</param>
    /// <param name="manifest">The manifest (its <see cref="Manifest.Files"/> are the names of <paramref name="files"/>).</param>
    /// <exception cref="ResultsFolderException">Writing failed; the message says whether the previous results are unchanged.</exception>
    public void Publish(IReadOnlyDictionary<string, byte[]> files, Manifest manifest)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(manifest);
        var checksums = files.ToDictionary(f => f.Key, f => FolderInventory.Sha256(f.Value), StringComparer.Ordinal);
        var stale = (Inventory.Manifest?.Owned ?? []).Where(name => !files.ContainsKey(name) && Inventory.Owns(name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var relativeTo = System.IO.Directory.GetCurrentDirectory();
        var contents = files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Key, f.Value))
            .Append(("intent", System.Text.Encoding.UTF8.GetBytes(manifest.ToJson(relativeTo, checksums, complete: false, stale))))
            .Append((Manifest.FileName, System.Text.Encoding.UTF8.GetBytes(manifest.ToJson(relativeTo, checksums))))
            .ToList();
        Commit(contents, stale);
    }

    /// <summary>
    /// Adds or replaces <paramref name="files"/> (figures drawn again) in a folder of ours, listing them in its manifest;
    /// in a folder without our manifest, writes them only where no file of that name exists.
    /// </summary>
    /// <param name="files">File name to content.</param>
    /// <exception cref="ResultsFolderException">A file exists that is not ours, or writing failed.</exception>
    public void PublishAlongside(IReadOnlyDictionary<string, byte[]> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var manifestPath = Path.Combine(Directory, Manifest.FileName);
        if (Inventory.Manifest is null)
        {
            foreach (var name in files.Keys.Order(StringComparer.Ordinal))
            {
                if (Path.Exists(Path.Combine(Directory, name)) || new FileInfo(Path.Combine(Directory, name)).LinkTarget is not null)
                {
                    throw new ResultsFolderException($"{Path.Combine(Directory, name)}: exists and no manifest of ours lists it; move it away to draw the figure here");
                }
            }
            Commit([.. files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Key, f.Value))], []);
            return;
        }
        var node = JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
        var listed = node["files"]!.AsArray();
        foreach (var (name, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var sum = FolderInventory.Sha256(bytes);
            if (listed.FirstOrDefault(f => f!["name"]!.GetValue<string>() == name) is JsonObject entry)
            {
                entry["sha256"] = sum;
            }
            else
            {
                listed.Add(new JsonObject { ["name"] = name, ["sha256"] = sum });
            }
        }
        var sorted = listed.Select(f => f!.DeepClone()).OrderBy(f => f["name"]!.GetValue<string>(), StringComparer.Ordinal).ToList();
        listed.Clear();
        sorted.ForEach(listed.Add);
        var options = new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var complete = System.Text.Encoding.UTF8.GetBytes(node.ToJsonString(options) + "\n");
        node["complete"] = false;
        var intent = System.Text.Encoding.UTF8.GetBytes(node.ToJsonString(options) + "\n");
        Commit([.. files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Key, f.Value)), ("intent", intent), (Manifest.FileName, complete)], []);
    }

    /// <summary>Releases the folder's lock.</summary>
    public void Dispose() => _lock.Dispose();

    /// <summary>
    /// Writes every content to a flushed temporary file first (all the space is taken here, so a full disk fails before
    /// anything visible changed), then moves the intent manifest (if any), the files and the final manifest into place.
    /// </summary>
    private void Commit(IReadOnlyList<(string Name, byte[] Bytes)> contents, IReadOnlyList<string> stale)
    {
        var temporaries = new List<(string Name, string Temporary)>();
        try
        {
            foreach (var (name, bytes) in contents)
            {
                var target = name == "intent" ? Manifest.FileName : name;
                temporaries.Add((name, AtomicFile.WriteTemporary(Directory, target, s => s.Write(bytes))));
                Pause();
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            foreach (var (_, temporary) in temporaries)
            {
                File.Delete(temporary);
            }
            throw new ResultsFolderException($"{Directory}: cannot write the results ({ex.Message}); the previous results are unchanged", ex);
        }
        try
        {
            var intent = temporaries.FindIndex(t => t.Name == "intent");
            if (intent >= 0)
            {
                Move(Directory, temporaries[intent].Temporary, Manifest.FileName);
            }
            foreach (var (name, temporary) in temporaries.Where(t => t.Name is not "intent" and not Manifest.FileName))
            {
                Move(Directory, temporary, name);
            }
            foreach (var name in stale)
            {
                File.Delete(Path.Combine(Directory, name));
                Pause();
            }
            DirectorySync.Flush(Directory);
            foreach (var (_, temporary) in temporaries.Where(t => t.Name == Manifest.FileName))
            {
                Move(Directory, temporary, Manifest.FileName);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ResultsFolderException($"{Directory}: publishing the results failed halfway ({ex.Message}); run again (with --resume) to repair them", ex);
        }
        Inventory = FolderInventory.Read(Directory, foreignManifest: true);
    }

    private static void Move(string directory, string temporary, string name)
    {
        File.Move(temporary, Path.Combine(directory, name), overwrite: true);
        DirectorySync.Flush(directory);
        Pause();
    }

    private static void Pause()
    {
        if (StepPause > TimeSpan.Zero)
        {
            Thread.Sleep(StepPause);
        }
    }
}
