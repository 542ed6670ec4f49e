using System.Globalization;
using System.Text.Json;

namespace NetBalanceSim.Experiments.Output;

/// <summary>
/// Reads what an existing <c>manifest.json</c> claims. A manifest is trusted only if it carries NetBalanceSim's tool
/// mark and a format this version knows, and names only plain files of its own folder with their checksums: anything
/// else may be a user's file, and the folder is then not ours.
/// </summary>
internal static class ManifestReader
{
    /// <summary>Manifests larger than this are not ours (ours are a few kilobytes).</summary>
    private const long MaxBytes = 16L * 1024 * 1024;

    public static ManifestOwnership? ReadOwnership(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            throw new ResultsFolderException($"{path}: is a symbolic link; NetBalanceSim never reads or writes results through links");
        }
        if (!info.Exists)
        {
            return Directory.Exists(path) ? throw NotOurs(path, "it is a folder") : null;
        }
        if (info.Length > MaxBytes)
        {
            throw NotOurs(path, "larger than any manifest it writes");
        }
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { MaxDepth = 16 });
            return Parse(document.RootElement, path);
        }
        catch (JsonException)
        {
            throw NotOurs(path, "not valid JSON");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ResultsFolderException($"{path}: cannot be read ({ex.Message})", ex);
        }
    }

    private static ManifestOwnership Parse(JsonElement root, string path)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("tool", out var tool) || tool.ValueKind != JsonValueKind.String || tool.GetString() != Manifest.Tool)
        {
            throw NotOurs(path, $"no \"tool\": \"{Manifest.Tool}\"");
        }
        if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.Number || !format.TryGetInt32(out var version) || version < 2)
        {
            throw NotOurs(path, "no known \"format\"");
        }
        if (version > Manifest.Format)
        {
            throw new ResultsFolderException(string.Create(CultureInfo.InvariantCulture,
                $"{path}: written by a newer NetBalanceSim (manifest format {version}, this version reads {Manifest.Format}); use that version or another --out"));
        }
        var checksums = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
        {
            throw NotOurs(path, "no \"files\" list");
        }
        foreach (var file in files.EnumerateArray())
        {
            var name = file.ValueKind == JsonValueKind.Object && file.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : null;
            var sum = file.ValueKind == JsonValueKind.Object && file.TryGetProperty("sha256", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString()! : null;
            if (name is null || sum is null || !IsPlainName(name) || name == Manifest.FileName || !IsSha256(sum) || !checksums.TryAdd(name, sum))
            {
                throw NotOurs(path, "a malformed \"files\" entry");
            }
        }
        var stale = new List<string>();
        if (root.TryGetProperty("stale", out var staleList))
        {
            foreach (var file in staleList.ValueKind == JsonValueKind.Array ? staleList.EnumerateArray() : throw NotOurs(path, "a malformed \"stale\" list"))
            {
                var name = file.ValueKind == JsonValueKind.String ? file.GetString()! : null;
                stale.Add(name is not null && IsPlainName(name) && name != Manifest.FileName ? name : throw NotOurs(path, "a malformed \"stale\" entry"));
            }
        }
        var complete = root.TryGetProperty("complete", out var flag) && flag.ValueKind == JsonValueKind.True;
        var reference = root.TryGetProperty("reference", out var referenceFlag) && referenceFlag.ValueKind == JsonValueKind.True;
        var plan = root.TryGetProperty("plan", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        return new ManifestOwnership(checksums, stale, complete, reference, plan) { Points = ReadPoints(root), Shard = ReadShard(root) };
    }

    /// <summary>The shard entry, or null if there is none or it is malformed (the folder is then no shard to merge).</summary>
    private static Shards.ShardRecord? ReadShard(JsonElement root)
    {
        if (!root.TryGetProperty("shard", out var shard) || shard.ValueKind != JsonValueKind.Object
            || !shard.TryGetProperty("index", out var index) || index.ValueKind != JsonValueKind.Number || !index.TryGetInt32(out var i)
            || !shard.TryGetProperty("count", out var count) || count.ValueKind != JsonValueKind.Number || !count.TryGetInt32(out var n)
            || i < 0 || n < 1 || i >= n || !shard.TryGetProperty("units", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        var units = new List<(int Point, int Repetition)>();
        foreach (var unit in list.EnumerateArray())
        {
            var parts = unit.ValueKind == JsonValueKind.String ? unit.GetString()!.Split('/') : [];
            if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var point)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var repetition))
            {
                return null;
            }
            units.Add((point, repetition));
        }
        return new Shards.ShardRecord(new Shards.ShardSpec(i, n), units);
    }

    /// <summary>The recorded points; a malformed list is treated as none (it only enables reuse).</summary>
    private static List<(IReadOnlyList<string> Values, string Key)> ReadPoints(JsonElement root)
    {
        var points = new List<(IReadOnlyList<string> Values, string Key)>();
        if (!root.TryGetProperty("points", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return points;
        }
        foreach (var point in list.EnumerateArray())
        {
            if (point.ValueKind != JsonValueKind.Object || !point.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array
                || !point.TryGetProperty("key", out var key) || key.ValueKind != JsonValueKind.String || values.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
            {
                return [];
            }
            points.Add(([.. values.EnumerateArray().Select(v => v.GetString()!)], key.GetString()!));
        }
        return points.Select(p => p.Values.Count).Distinct().Count() <= 1 ? points : [];
    }

    /// <summary>A file name without any folder part, and not one of the special names.</summary>
    public static bool IsPlainName(string name) =>
        name.Length is > 0 and <= 255 && name == Path.GetFileName(name) && name is not "." and not ".." && !name.Contains('/', StringComparison.Ordinal)
        && !name.Contains('\\', StringComparison.Ordinal) && !name.Any(char.IsControl);

    private static bool IsSha256(string text) => text.Length == 64 && text.All(char.IsAsciiHexDigitLower);

    private static ResultsFolderException NotOurs(string path, string why) =>
        new($"{path}: not a manifest NetBalanceSim wrote ({why}); use another --out, or remove the file if the folder is yours to discard");
}
