using System.Globalization;
using NetBalanceSim.Experiments.Figures;
using NetBalanceSim.Experiments.Scenarios;

namespace NetBalanceSim.Experiments.Statements;

/// <summary>The summary tables of the figures' results (<c>results/fig6/summary.csv</c> ..), by figure id.</summary>
public sealed class FigureResults
{
    private readonly IReadOnlyDictionary<string, SummaryTable> _tables;

    /// <summary>Creates the results from tables already read.</summary>
    /// <param name="tables">The summary tables by figure id (e.g. <c>fig6</c>).</param>
    public FigureResults(IReadOnlyDictionary<string, SummaryTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _tables = tables;
    }

    /// <summary>Reads <c>&lt;root&gt;/&lt;id&gt;/summary.csv</c> of every figure that has one.</summary>
    /// <param name="root">The folder holding the figures' results folders.</param>
    /// <param name="ids">The figure ids to look for.</param>
    /// <returns>The results (figures without a summary are left out).</returns>
    /// <exception cref="FigureException">A summary is malformed (the message names the file and line).</exception>
    public static FigureResults Load(string root, IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var tables = new SortedDictionary<string, SummaryTable>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var path = Path.Combine(root, id, SummaryTable.FileName);
            if (File.Exists(path))
            {
                tables[id] = SummaryTable.Load(path);
            }
        }
        return new FigureResults(tables);
    }

    /// <summary>Whether the results of figure <paramref name="figure"/> are here.</summary>
    /// <param name="figure">The figure id.</param>
    /// <returns>True if they are.</returns>
    public bool Has(string figure) => _tables.ContainsKey(figure);

    /// <summary>The points of a figure with their mean relative runtime, in file order.</summary>
    /// <param name="figure">The figure id.</param>
    /// <returns>The points.</returns>
    public IReadOnlyList<MeasuredPoint> Points(string figure)
    {
        var table = Table(figure);
        var points = table.Rows.Select(r => new MeasuredPoint(figure, table.PointColumns, r.Point, r.Mean)).ToList();
        return points.FirstOrDefault(p => !double.IsFinite(p.Mean)) is { } empty
            ? throw new StatementDataException($"{empty} has no mean relative runtime")
            : points;
    }

    /// <summary>The mean relative runtime at the point with the given swept values.</summary>
    /// <param name="figure">The figure id.</param>
    /// <param name="where">The swept values as <c>KEY=VALUE</c>, e.g. <c>ToSeconds=0.125</c>; keys not named may take any value, but exactly one point must match.</param>
    /// <returns>The mean.</returns>
    /// <exception cref="StatementDataException">No point or several points match.</exception>
    public double Mean(string figure, params string[] where)
    {
        var matching = Points(figure).Where(p => where.All(w => p.Matches(w))).ToList();
        return matching.Count == 1
            ? matching[0].Mean
            : throw new StatementDataException($"{figure} has {(matching.Count == 0 ? "no point" : $"{matching.Count} points")} with {string.Join(", ", where)}");
    }

    /// <summary>The mean relative runtime at the point with the given numeric swept value, e.g. <c>Mean("fig7", "TpSeconds", 8, "topology=grid")</c>.</summary>
    /// <param name="figure">The figure id.</param>
    /// <param name="key">A numeric swept key.</param>
    /// <param name="value">Its value.</param>
    /// <param name="where">Further <c>KEY=VALUE</c> conditions.</param>
    /// <returns>The mean.</returns>
    public double Mean(string figure, string key, double value, params string[] where) =>
        Mean(figure, [$"{key}={value.ToString("R", CultureInfo.InvariantCulture)}", .. where]);

    /// <summary>The distinct values of a numeric swept key, smallest first (whatever the order of the file's rows).</summary>
    /// <param name="figure">The figure id.</param>
    /// <param name="key">The swept key.</param>
    /// <returns>The values as written in the file.</returns>
    /// <exception cref="StatementDataException">The figure does not sweep the key, or a value is not a number.</exception>
    public IReadOnlyList<string> NumericValues(string figure, string key)
    {
        var table = Table(figure);
        var column = table.PointIndex(key);
        if (column < 0)
        {
            throw new StatementDataException($"{figure} does not sweep {key}");
        }
        var values = table.Rows.Select(r => r.Point[column]).Distinct(StringComparer.Ordinal).ToList();
        return values.FirstOrDefault(v => !double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) is { } bad
            ? throw new StatementDataException($"{figure}: {key}={bad} is not a number")
            : [.. values.OrderBy(v => double.Parse(v, CultureInfo.InvariantCulture))];
    }

    private SummaryTable Table(string figure) =>
        _tables.TryGetValue(figure, out var table) ? table : throw new StatementDataException($"no results of {figure}");
}

/// <summary>One point of a figure with its mean relative runtime.</summary>
/// <param name="Figure">The figure id.</param>
/// <param name="Columns">The swept keys.</param>
/// <param name="Values">Their values at this point.</param>
/// <param name="Mean">The mean relative runtime.</param>
public sealed record MeasuredPoint(string Figure, IReadOnlyList<string> Columns, IReadOnlyList<string> Values, double Mean)
{
    /// <summary>The value of swept key <paramref name="key"/> at this point.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The raw value.</returns>
    public string Value(string key)
    {
        var column = Columns.ToList().IndexOf(key);
        return column >= 0 ? Values[column] : throw new StatementDataException($"{Figure} does not sweep {key}");
    }

    /// <summary>Whether a <c>KEY=VALUE</c> condition holds here.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>True if it does.</returns>
    public bool Matches(string condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return KeyValueText.TrySplit(condition, out var key, out var value)
            ? Value(key) == value
            : throw new ArgumentException($"'{condition}' is not KEY=VALUE", nameof(condition));
    }

    /// <summary>The point in words, e.g. <c>fig10 totalCpus=32 cpusPerNode=1</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Figure} {string.Join(" ", Columns.Select((c, i) => $"{c}={Values[i]}"))}";
}

/// <summary>A statement's figure lacks a point it reads (a partial run, e.g. with <c>--where</c>).</summary>
public sealed class StatementDataException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What is missing.</param>
    public StatementDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an empty error.</summary>
    public StatementDataException()
    {
    }

    /// <summary>Creates the error with its cause.</summary>
    /// <param name="message">What is missing.</param>
    /// <param name="innerException">The cause.</param>
    public StatementDataException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
