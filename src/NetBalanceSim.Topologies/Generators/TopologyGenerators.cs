namespace NetBalanceSim.Topologies.Generators;

/// <summary>The four generators of DESIGN §3 by name, with their default parameters.</summary>
public static class TopologyGenerators
{
    /// <summary>The generator names, in the order DESIGN lists the paper's topologies' files.</summary>
    public static IReadOnlyList<string> Names { get; } = ["grid", "campus", "waxman", "internet"];

    /// <summary>The generator <paramref name="name"/> with its default parameters (those of the shipped file).</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
    public static ITopologyGenerator Default(string name) => name switch
    {
        "grid" => new GridTopologyGenerator(new GridOptions()),
        "campus" => new CampusTopologyGenerator(new CampusOptions()),
        "waxman" => new WaxmanTopologyGenerator(new WaxmanOptions()),
        "internet" => new InternetTopologyGenerator(new InternetOptions()),
        _ => throw new ArgumentException($"Unknown topology generator '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>The path, relative to the repository root, of the shipped file of generator <paramref name="name"/>.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns><c>topologies/NAME.edges</c>.</returns>
    public static string ShippedPath(string name) => $"topologies/{name}.edges";
}
