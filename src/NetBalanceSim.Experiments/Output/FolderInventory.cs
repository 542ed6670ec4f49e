using System.Security.Cryptography;
using NetBalanceSim.Experiments.Running;
using SharedSource;

namespace NetBalanceSim.Experiments.Output;

/// <summary>
/// What a results folder holds, sorted into what is ours (listed by our manifest, our journal, our lock and our
/// temporary files) and what is not (anything else, folders and links included), and whether our files are
/// still the ones the manifest lists.
/// </summary>
public sealed class FolderInventory
{
    private FolderInventory(bool exists, ManifestOwnership? manifest, bool journal, IReadOnlyList<string> foreign, IReadOnlyList<string> links, IReadOnlyList<string> temporaries, string? inconsistency)
    {
        Exists = exists;
        Manifest = manifest;
        HasJournal = journal;
        Foreign = foreign;
        Links = links;
        Temporaries = temporaries;
        Inconsistency = inconsistency;
    }

    /// <summary>Whether the folder exists.</summary>
    public bool Exists { get; }

    /// <summary>What our manifest says, or null if there is none.</summary>
    public ManifestOwnership? Manifest { get; }

    /// <summary>Whether the folder holds our journal (an unfinished run).</summary>
    public bool HasJournal { get; }

    /// <summary>Entries we did not write, in ordinal order.</summary>
    public IReadOnlyList<string> Foreign { get; }

    /// <summary>Entries that are symbolic links, in ordinal order (never ours to write through).</summary>
    public IReadOnlyList<string> Links { get; }

    /// <summary>Our temporary files left by a killed run.</summary>
    public IReadOnlyList<string> Temporaries { get; }

    /// <summary>Why our files are not the complete set the manifest lists (an interrupted publish), or null if they are.</summary>
    public string? Inconsistency { get; }

    /// <summary>Whether <paramref name="name"/> is ours to overwrite or delete.</summary>
    public bool Owns(string name) =>
        !Links.Contains(name, StringComparer.Ordinal) && !Foreign.Contains(name, StringComparer.Ordinal);

    /// <summary>Reads <paramref name="directory"/>'s entries.</summary>
    /// <param name="directory">The results folder.</param>
    /// <param name="foreignManifest">Count a manifest that is not ours as another file instead of refusing it.</param>
    /// <returns>The inventory.</returns>
    /// <exception cref="ResultsFolderException">The path is a file, the manifest is not ours, or the folder cannot be listed.</exception>
    public static FolderInventory Read(string directory, bool foreignManifest = false)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (File.Exists(directory))
        {
            throw new ResultsFolderException($"{directory}: is a file, expected a results folder");
        }
        if (!Directory.Exists(directory))
        {
            return new(false, null, false, [], [], [], null);
        }
        try
        {
            var manifest = ReadManifest(directory, foreignManifest);
            var owned = new HashSet<string>(manifest?.Owned ?? [], StringComparer.Ordinal);
            var foreign = new List<string>();
            var links = new List<string>();
            var temporaries = new List<string>();
            var journal = false;
            foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                var name = entry.Name;
                if (entry.LinkTarget is not null)
                {
                    links.Add(name);
                }
                else if (entry is DirectoryInfo)
                {
                    foreign.Add(name);
                }
                else if (name == Output.Manifest.FileName && manifest is not null || owned.Contains(name) || FolderLock.IsLockFile(name))
                {
                    continue;
                }
                else if (AtomicFile.IsTemporary(name))
                {
                    temporaries.Add(name);
                }
                else if (name == Journal.FileName && Journal.IsOurs(entry.FullName))
                {
                    journal = true;
                }
                else
                {
                    foreign.Add(name);
                }
            }
            return new(true, manifest, journal, foreign, links, temporaries, manifest is null ? null : Check(directory, manifest));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ResultsFolderException($"{directory}: cannot be read ({ex.Message})", ex);
        }
    }

    private static ManifestOwnership? ReadManifest(string directory, bool foreignManifest)
    {
        try
        {
            return Output.Manifest.ReadOwnership(Path.Combine(directory, Output.Manifest.FileName));
        }
        catch (ResultsFolderException) when (foreignManifest)
        {
            return null;
        }
    }

    /// <summary>The SHA-256 of <paramref name="bytes"/>, lower-case hex.</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string? Check(string directory, ManifestOwnership manifest)
    {
        if (!manifest.Complete)
        {
            return "the last publish of results was interrupted";
        }
        foreach (var (name, sum) in manifest.Checksums.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path))
            {
                return $"{name} is missing";
            }
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (Convert.ToHexStringLower(SHA256.HashData(stream)) != sum)
            {
                return $"{name} differs from what the manifest lists";
            }
        }
        return null;
    }
}
