using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using NetBalanceSim.Topologies.Formats;

namespace NetBalanceSim.Cli.Commands;

/// <summary>Option builders and error translation shared by the topology verbs.</summary>
internal static class TopologyOptions
{
    public static Option<int> Int(string name, string description, int defaultValue) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
    };

    /// <summary>
    /// A floating-point option read culture-invariantly with a decimal point only: <c>0,2</c> is an error rather
    /// than 2 (a thousands separator) or 0.2 (a decimal comma).
    /// </summary>
    public static Option<double> Double(string name, string description, double defaultValue) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result => ParseDouble(result, name),
    };

    private static double ParseDouble(ArgumentResult result, string name)
    {
        string token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            return value;
        }
        result.AddError(token.Contains(',', StringComparison.Ordinal)
            ? $"{name}: '{token}' is not a number; use a decimal point, not a comma (e.g. 0.2)."
            : $"{name}: '{token}' is not a number; expected e.g. 0.2 or 1e-3.");
        return 0;
    }

    /// <summary>The value of <paramref name="option"/>, which must be at least <paramref name="min"/> (else exit code 2).</summary>
    public static int AtLeast(ParseResult parse, Option<int> option, int min)
    {
        int value = parse.GetValue(option);
        return value >= min
            ? value
            : throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be at least {min} (got {value})."));
    }

    /// <summary>The value of <paramref name="option"/>, which must lie in (min, max], or [min, max] if <paramref name="minInclusive"/>.</summary>
    public static double InRange(ParseResult parse, Option<double> option, double min, double max, bool minInclusive = false)
    {
        double value = parse.GetValue(option);
        if ((value > min || (minInclusive && value == min)) && value <= max)
        {
            return value;
        }
        string range = max == double.MaxValue
            ? (minInclusive ? $"a finite number, at least {min}" : $"a finite number greater than {min}")
            : $"in {(minInclusive ? '[' : '(')}{min}, {max}]";
        throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be {range} (got {value})."));
    }

    public static Option<ulong> Seed(ulong defaultValue) => new("--seed", "-s")
    {
        Description = "Seed of the generator's random source",
        DefaultValueFactory = _ => defaultValue,
    };

    public static Option<string> Output() => new("--output", "-o")
    {
        Description = "Output file; its extension chooses the format (.edges or .graphml)",
        Required = true,
    };

    public static Option<bool> Lenient() => new("--lenient")
    {
        Description = "Drop self-loops and duplicate links with a warning instead of failing",
    };

    public static Option<bool> LargestComponent() => new("--largest-component")
    {
        Description = "Keep only the largest connected component (renumbered, original ids kept as labels), with a warning saying what was dropped",
    };

    /// <summary>The read options of <c>--lenient</c> and <c>--largest-component</c>.</summary>
    public static TopologyReadOptions ReadOptions(ParseResult parse, Option<bool> lenient, Option<bool> largestComponent) => new()
    {
        DropInvalidLinks = parse.GetValue(lenient),
        KeepLargestComponent = parse.GetValue(largestComponent),
    };

    /// <summary>Reads a topology file, printing warnings on stderr; file problems become exit code 2.</summary>
    public static TopologyReadResult Read(ParseResult parse, string path, TopologyReadOptions options)
    {
        try
        {
            var result = TopologyFile.Read(path, options);
            foreach (var warning in result.Warnings)
            {
                parse.InvocationConfiguration.Error.WriteLine($"netbalance-sim: {warning}");
            }
            return result;
        }
        catch (TopologyFormatException ex)
        {
            throw new UsageException(ex.Message + Hint(parse, ex));
        }
    }

    /// <summary>The option of this command that would read the file anyway, as a hint starting with a space, or an empty string.</summary>
    private static string Hint(ParseResult parse, TopologyFormatException ex)
    {
        bool Has(string name) => parse.CommandResult.Command.Options.Any(o => o.Name == name);
        return ex switch
        {
            { IsDroppableLink: true } when Has("--lenient") => " (--lenient drops such links with a warning)",
            { IsDisconnected: true } when Has("--largest-component") && Has("--allow-disconnected") =>
                " (--largest-component keeps the largest connected component; --allow-disconnected reads the whole graph)",
            { IsDisconnected: true } when Has("--largest-component") => " (--largest-component keeps the largest connected component)",
            _ => "",
        };
    }

    /// <summary>Writes a topology file; file problems become exit code 2.</summary>
    public static void Write(string path, NetBalanceSim.Topologies.Topology topology, IEnumerable<string> header)
    {
        try
        {
            TopologyFile.Write(path, topology, header);
        }
        catch (TopologyFormatException ex)
        {
            throw new UsageException(ex.Message);
        }
    }
}
