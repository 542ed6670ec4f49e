using System.Globalization;

namespace NetBalanceSim.Topologies.Formats;

/// <summary>
/// Parses unsigned decimal numbers made of ASCII digits only: .NET's own parsing also accepts trailing NUL
/// characters, which would let a corrupt or binary file pass for a list of numbers.
/// </summary>
internal static class Digits
{
    public static bool TryParse(string token, out long value)
    {
        value = 0;
        return token.Length > 0 && token.All(char.IsAsciiDigit) && long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParse(string token, out int value)
    {
        value = 0;
        return token.Length > 0 && token.All(char.IsAsciiDigit) && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
