namespace NetBalanceSim.Experiments.Data;

/// <summary>
/// The folder holding the shipped data, <c>scenarios/*.json</c> and <c>topologies/*.edges</c>, by one rule:
/// the folder named by the environment variable <c>NETBALANCE_SIM_DATA</c> if it is set; else the root of the
/// NetBalanceSim checkout that holds the current folder (the nearest folder at or above it with
/// <c>NetBalanceSim.sln</c> and <c>scenarios/default.json</c>); else the copy shipped beside the program
/// (<see cref="AppContext.BaseDirectory"/>: the installed tool or a build output).
/// </summary>
public static class DataFolder
{
    /// <summary>The environment variable that overrides the data folder.</summary>
    public const string EnvironmentVariable = "NETBALANCE_SIM_DATA";

    /// <summary>The shipped topologies' names: <c>topologies/&lt;name&gt;.edges</c> in the data folder.</summary>
    public static IReadOnlyList<string> TopologyNames { get; } = ["internet", "grid", "campus", "waxman"];

    /// <summary>The data folder for the current folder and environment (see the class summary).</summary>
    /// <returns>The full path of the folder.</returns>
    /// <exception cref="Scenarios.ScenarioException">The environment variable names a folder without shipped data.</exception>
    public static string Locate() => Locate(Directory.GetCurrentDirectory(), Environment.GetEnvironmentVariable(EnvironmentVariable), AppContext.BaseDirectory);

    /// <summary>The rule of <see cref="Locate()"/> with its inputs given, for tests.</summary>
    /// <param name="currentFolder">The current folder.</param>
    /// <param name="variable">The value of <see cref="EnvironmentVariable"/>, or null if unset.</param>
    /// <param name="programFolder">The program's own folder.</param>
    /// <returns>The full path of the folder.</returns>
    /// <exception cref="Scenarios.ScenarioException">The variable names a folder without shipped data.</exception>
    public static string Locate(string currentFolder, string? variable, string programFolder)
    {
        if (!string.IsNullOrEmpty(variable))
        {
            var full = Path.GetFullPath(variable, currentFolder);
            return Holds(full)
                ? full
                : throw new Scenarios.ScenarioException($"{EnvironmentVariable}={variable}: no scenarios/default.json or topologies/grid.edges there; expected a folder holding scenarios/ and topologies/");
        }
        return CheckoutRoot(currentFolder) ?? Path.GetFullPath(programFolder);
    }

    /// <summary>The root of the NetBalanceSim checkout holding <paramref name="folder"/>, or null outside one.</summary>
    /// <param name="folder">A folder.</param>
    /// <returns>The checkout's root, or null.</returns>
    public static string? CheckoutRoot(string folder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NetBalanceSim.sln")) && Holds(dir.FullName))
            {
                return dir.FullName;
            }
        }
        return null;
    }

    /// <summary>
    /// Where <c>figure</c> and <c>reproduce</c> write: the checkout's <c>results/</c> inside a checkout, else
    /// <c>results/</c> in the current folder; relative to the current folder.
    /// </summary>
    /// <returns>The results root, relative to the current folder.</returns>
    public static string ResultsRoot()
    {
        var current = Directory.GetCurrentDirectory();
        var root = CheckoutRoot(current);
        return root is null ? "results" : Path.GetRelativePath(current, Path.Combine(root, "results"));
    }

    /// <summary>The shipped scenario <c>scenarios/&lt;name&gt;.json</c> in the data folder, or null if there is none.</summary>
    /// <param name="name">A scenario name such as <c>default</c> or <c>fig7</c>.</param>
    /// <returns>The full path, or null.</returns>
    public static string? Scenario(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            return null;
        }
        var path = Path.Combine(Locate(), "scenarios", name + ".json");
        return File.Exists(path) ? path : null;
    }

    /// <summary>The shipped topology <c>topologies/&lt;name&gt;.edges</c> in the data folder, or null if there is none.</summary>
    /// <param name="name">One of <see cref="TopologyNames"/>.</param>
    /// <returns>The full path, or null.</returns>
    public static string? Topology(string name)
    {
        if (!TopologyNames.Contains(name, StringComparer.Ordinal))
        {
            return null;
        }
        var path = Path.Combine(Locate(), "topologies", name + ".edges");
        return File.Exists(path) ? path : null;
    }

    private static bool Holds(string folder) =>
        File.Exists(Path.Combine(folder, "scenarios", "default.json")) && File.Exists(Path.Combine(folder, "topologies", "grid.edges"));
}
