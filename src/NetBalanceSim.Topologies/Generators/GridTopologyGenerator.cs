using System.Globalization;

namespace NetBalanceSim.Topologies.Generators;

/// <summary>
/// A rows x columns mesh with 4-neighbour links and no wrap-around: vertex <c>r * columns + c</c>,
/// <c>rows * columns</c> nodes and <c>rows * (columns - 1) + (rows - 1) * columns</c> links
/// (1,600 and 3,120 at 40 x 40). DESIGN §3 "The four topologies". At least 2 and at most
/// <see cref="Topology.MaxNodeCount"/> nodes.
/// </summary>
/// <param name="options">The grid size.</param>
public sealed class GridTopologyGenerator(GridOptions options) : ITopologyGenerator
{
    /// <inheritdoc />
    public string Name => "grid";

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, string>> Parameters =>
    [
        new("rows", GeneratorHeader.Format(options.Rows)),
        new("columns", GeneratorHeader.Format(options.Columns)),
    ];

    /// <inheritdoc />
    public Topology Generate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Rows, 1, nameof(options.Rows));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Columns, 1, nameof(options.Columns));
        long nodes = (long)options.Rows * options.Columns;
        if (nodes > Topology.MaxNodeCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                string.Create(CultureInfo.InvariantCulture, $"Grid: {options.Rows} x {options.Columns} = {nodes} nodes exceed the limit of {Topology.MaxNodeCount}."));
        }
        if (nodes == 1)
        {
            // A single vertex has no links, so an edge list could not name it and the file could not be read back.
            throw new ArgumentOutOfRangeException(nameof(options), "Grid: a 1 x 1 grid has no links; expected at least 2 nodes.");
        }
        var links = new List<Link>();
        for (int r = 0; r < options.Rows; r++)
        {
            for (int c = 0; c < options.Columns; c++)
            {
                int v = (r * options.Columns) + c;
                if (c + 1 < options.Columns)
                {
                    links.Add(new Link(v, v + 1));
                }
                if (r + 1 < options.Rows)
                {
                    links.Add(new Link(v, v + options.Columns));
                }
            }
        }
        return new Topology(options.Rows * options.Columns, links);
    }
}
