namespace Dyad.Syntax.Hashing;

/// <summary>
/// Stable 64-bit hashes of strings and 32-bit feature keys built from them. <see cref="string.GetHashCode()"/> is
/// randomised per process, so a saved model needs its own hash.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of the lower-cased characters of <paramref name="text"/>.</summary>
    public static ulong Lower(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * Prime;
        }

        return Finish(hash);
    }

    /// <summary>The hash of the characters of <paramref name="text"/> as they are.</summary>
    public static ulong Exact(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return Finish(hash);
    }

    public static uint Key(int template, ulong a) => Fold(Finish(((ulong)template * 0x9E3779B97F4A7C15UL) ^ a));

    public static uint Key(int template, ulong a, ulong b) => Fold(Finish(Combine(template, a) ^ (b * 0xC2B2AE3D27D4EB4FUL)));

    public static uint Key(int template, ulong a, ulong b, ulong c) =>
        Fold(Finish(Combine(template, a) ^ (b * 0xC2B2AE3D27D4EB4FUL) ^ Finish(c * 0x165667B19E3779F9UL)));

    private static ulong Combine(int template, ulong a) => Finish(((ulong)template * 0x9E3779B97F4A7C15UL) ^ a);

    private static uint Fold(ulong hash) => (uint)(hash ^ (hash >> 32));

    private static ulong Finish(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53UL;
        hash ^= hash >> 33;
        return hash;
    }
}
