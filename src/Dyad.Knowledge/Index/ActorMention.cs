using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Index;

/// <summary>
/// An actor found in a token sequence: tokens <see cref="Start"/> to <see cref="End"/> (exclusive), its code for the
/// story date (null when known but not coded then), the country and sector parts of the code, the canonical name,
/// how the code was found, and the knowledge lines that gave it.
/// </summary>
public sealed record ActorMention(int Start, int End, string? Code, string? Country, string? Sector, string Name, CodeResolution Resolution, IReadOnlyList<SourceLocation> Sources)
{
    /// <summary>Whether the sector goes before a country composed with it later ("NGO" + "ARN" → NGOARN).</summary>
    public bool SectorFirst { get; init; }
}
