using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NetBalanceSim.Cli;

/// <summary>
/// The text of a command-line parse error in plain words: a value that is not a number of the option's type is
/// reported as <c>--reps: 'x' is not a whole number</c> instead of System.CommandLine's message, which names .NET
/// types (<c>System.Nullable`1[System.Int32]</c>).
/// </summary>
internal static partial class ParseErrorText
{
    /// <summary>The message for <paramref name="error"/>, without .NET type names (the options' own parsers' messages stay).</summary>
    public static string Describe(ParseError error)
    {
        var (name, type, tokens) = error.SymbolResult switch
        {
            OptionResult option => (option.Option.Name, option.Option.ValueType, option.Tokens),
            ArgumentResult { Parent: OptionResult option } argument => (option.Option.Name, argument.Argument.ValueType, argument.Tokens),
            ArgumentResult argument => ($"<{argument.Argument.Name}>", argument.Argument.ValueType, argument.Tokens),
            _ => (null, null, null),
        };
        // Only System.CommandLine's own conversion errors name the type (in any language); an option's own parser says more.
        var own = type is not null && error.Message.Contains((Nullable.GetUnderlyingType(type) ?? type).FullName!, StringComparison.Ordinal);
        if (own && name is not null && tokens is not null && Kind(type!) is { } kind)
        {
            var bad = tokens.Select(t => t.Value).FirstOrDefault(v => !kind.Parses(v));
            if (bad is not null)
            {
                return $"{name}: '{bad}' {kind.Problem(bad)}";
            }
        }
        return TypeName().Replace(error.Message, "");
    }

    private static NumberKind? Kind(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(int) => new NumberKind("a whole number", int.MinValue, int.MaxValue, v => int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)),
        var t when t == typeof(long) => new NumberKind("a whole number", long.MinValue, long.MaxValue, v => long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)),
        var t when t == typeof(ulong) => new NumberKind("a whole number of 0 or more", 0, null, v => ulong.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out _)),
        var t when t == typeof(double) => new NumberKind("a number", null, null, v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _)),
        _ => null,
    };

    /// <summary>Removes <c>as expected type 'System.…'</c> from messages this class does not rewrite.</summary>
    [GeneratedRegex(@" ?(as|for) (expected )?type '[^']*'")]
    private static partial Regex TypeName();

    [GeneratedRegex(@"^[+-]?[0-9]+$")]
    private static partial Regex Digits();

    private sealed record NumberKind(string What, long? Min, long? Max, Func<string, bool> Parses)
    {
        public string Problem(string value) => Min is long min && Digits().IsMatch(value)
            ? Max is long max
                ? string.Create(CultureInfo.InvariantCulture, $"is out of range; expected a whole number from {min} to {max}")
                : $"is not {What}"
            : $"is not {What}";
    }
}
