using System.Security.Cryptography;

namespace NetBalanceSim.Cli.Tests.Corpus;

/// <summary>Every entry under a folder (links as their targets, files as their SHA-256), to show that a command changed nothing there.</summary>
internal static class FolderSnapshot
{
    public static string[] Of(string root)
    {
        if (!Directory.Exists(root))
        {
            return ["(absent)"];
        }
        return [.. new DirectoryInfo(root).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(e => Path.GetRelativePath(root, e.FullName) + " " + Describe(e))
            .Order(StringComparer.Ordinal)];
    }

    private static string Describe(FileSystemInfo entry) => entry switch
    {
        _ when entry.LinkTarget is not null => "-> " + entry.LinkTarget,
        DirectoryInfo => "dir",
        FileInfo { Name: ".netbalance-sim.lock" } => "lock", // held locks cannot be read
        FileInfo file when file.Length > 1 << 20 => "large " + file.Length,
        FileInfo file => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file.FullName))),
        _ => "?",
    };
}
