using System.Globalization;
using System.Text;

namespace NetBalanceSim.Topologies.Generators;

/// <summary>Builds the comment header of a generated topology file: generator, parameters, seed and command.</summary>
public static class GeneratorHeader
{
    /// <summary>The command that regenerates the file, with every parameter explicit.</summary>
    /// <param name="generator">The generator.</param>
    /// <param name="outputPath">The output path as given to <c>-o</c>.</param>
    /// <returns>For example <c>netbalance-sim topology generate grid --rows 40 --columns 40 -o topologies/grid.edges</c>.</returns>
    public static string Command(ITopologyGenerator generator, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var command = new StringBuilder("netbalance-sim topology generate ").Append(generator.Name);
        foreach (var parameter in generator.Parameters)
        {
            command.Append(" --").Append(parameter.Key).Append(' ').Append(parameter.Value);
        }
        return command.Append(" -o ").Append(outputPath).ToString();
    }

    /// <summary>The header lines (without the leading <c>#</c>) of a generated file.</summary>
    /// <param name="generator">The generator.</param>
    /// <param name="topology">The generated topology.</param>
    /// <param name="outputPath">The output path as given to <c>-o</c>.</param>
    /// <returns>Lines naming the generator, its parameters, its seed, the command and the size.</returns>
    public static IReadOnlyList<string> Lines(ITopologyGenerator generator, Topology topology, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(topology);
        var parameters = string.Join(' ', generator.Parameters.Where(p => p.Key != "seed").Select(p => $"{p.Key}={p.Value}"));
        var seed = generator.Parameters.FirstOrDefault(p => p.Key == "seed").Value ?? "none (the generator draws no random numbers)";
        return
        [
            $"NetBalanceSim topology '{generator.Name}' ({generator.GetType().Name})",
            $"parameters: {parameters}",
            $"seed: {seed}",
            $"command: {Command(generator, outputPath)}",
            string.Create(CultureInfo.InvariantCulture, $"nodes: {topology.NodeCount}, links: {topology.LinkCount}"),
            "format: one undirected link 'u v' per line, vertex ids 0..n-1",
        ];
    }

    internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    internal static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);
}
