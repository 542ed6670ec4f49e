using System.Text;

namespace NetBalanceSim.Kernel;

/// <summary>
/// Hashes that are the same in every process and on every platform, unlike <c>string.GetHashCode()</c>,
/// which .NET randomises per process. Use them for anything that derives seeds or decisions.
/// </summary>
public static class StableHash
{
    private const ulong FnvOffsetBasis = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>The 64-bit FNV-1a hash of the UTF-8 bytes of <paramref name="text"/>.</summary>
    /// <param name="text">The text to hash.</param>
    /// <returns>The hash.</returns>
    public static ulong Fnv1a64(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = FnvOffsetBasis;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * FnvPrime;
        }
        return hash;
    }

    /// <summary>The SplitMix64 finaliser: a bijective mix in which every input bit affects every output bit.</summary>
    /// <param name="value">The value to mix.</param>
    /// <returns>The mixed value.</returns>
    public static ulong Mix64(ulong value) => SharedSource.Xoshiro256StarStar.Mix64(value);
}
