using SharedSource;
using System.Text.Json;
using NetBalanceSim.Experiments.Data;

namespace NetBalanceSim.Experiments.Scenarios;

/// <summary>
/// <c>"extends": "&lt;path or shipped scenario name&gt;"</c>: a scenario file that starts from another one. The parent is
/// read first (a path relative to the child's folder, else a shipped scenario's name); every key the child gives
/// overrides the parent's, and a child's <c>sweep</c> replaces the parent's. <c>name</c> is the child's file name unless
/// the child gives one, and every file needs its own <c>description</c>. A topology path of the parent stays relative to
/// the parent. A chain that comes back to a file is an error naming the files.
/// </summary>
internal static class ScenarioExtends
{
    /// <summary>The key naming the parent scenario.</summary>
    public const string Key = "extends";

    /// <summary>The most files in one chain: deeper chains are surely a mistake.</summary>
    private const int MaxDepth = 32;

    /// <summary>The scenario a file starts from: its parent, resolved, or the defaults.</summary>
    /// <param name="source">The child file.</param>
    /// <param name="root">The child's JSON object.</param>
    /// <param name="children">The files that extend <paramref name="source"/>, outermost first (for the cycle check).</param>
    /// <param name="parse">Parses a file's text given its name and its own chain.</param>
    /// <returns>The parent scenario, or a default one.</returns>
    /// <exception cref="ScenarioException">The parent is missing, malformed or part of a cycle.</exception>
    public static Scenario Base(string source, JsonElement root, IReadOnlyList<string> children, Func<string, string, IReadOnlyList<string>, Scenario> parse)
    {
        if (!root.TryGetProperty(Key, out var value))
        {
            return new Scenario();
        }
        if (value.ValueKind != JsonValueKind.String || JsonText.TryGetString(value) is not { Length: > 0 } reference)
        {
            throw ScenarioException.ForKey(source, Key, "expected a non-empty string: a scenario file (relative to this file) or a shipped scenario's name");
        }
        var parent = Find(source, reference);
        var chain = children.Append(Path.GetFullPath(source)).ToList();
        if (chain.Contains(Path.GetFullPath(parent), StringComparer.Ordinal))
        {
            var names = chain.Append(Path.GetFullPath(parent)).Select(Path.GetFileName);
            throw ScenarioException.ForKey(source, Key, $"extends itself: {string.Join(" -> ", names)}");
        }
        if (chain.Count >= MaxDepth)
        {
            throw ScenarioException.ForKey(source, Key, $"more than {MaxDepth} files extend one another");
        }
        if (InputFile.Problem(parent, "a scenario file (JSON)", ScenarioFile.MaxScenarioBytes, "16 MB, the largest scenario file read") is { } problem)
        {
            throw new ScenarioException($"{parent}: {problem}");
        }
        var scenario = parse(parent, File.ReadAllText(parent), chain);
        return scenario with { Topology = Relocate(parent, source, scenario.Topology) };
    }

    /// <summary>The parent file: a path relative to the child's folder, else a shipped scenario.</summary>
    private static string Find(string source, string reference)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(source))!;
        var asPath = Path.GetFullPath(Path.Combine(directory, reference));
        if (File.Exists(asPath))
        {
            return Path.GetRelativePath(Directory.GetCurrentDirectory(), asPath);
        }
        return DataFolder.Scenario(reference) is { } shipped
            ? Path.GetRelativePath(Directory.GetCurrentDirectory(), shipped)
            : throw ScenarioException.ForKey(source, Key, $"no scenario file '{reference}'; expected a path relative to this file or a shipped scenario's name (default, fig5 .. fig10, strategies)");
    }

    /// <summary>A parent's topology path, re-written relative to the child so that it still names the same file.</summary>
    private static string Relocate(string parent, string child, string topology)
    {
        var parentFolder = Path.GetDirectoryName(Path.GetFullPath(parent))!;
        var childFolder = Path.GetDirectoryName(Path.GetFullPath(child))!;
        var beside = Path.GetFullPath(Path.Combine(parentFolder, topology));
        return parentFolder == childFolder || !File.Exists(beside) ? topology : Path.GetRelativePath(childFolder, beside);
    }
}
