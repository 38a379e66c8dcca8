namespace Dyad.Core.Stories;

/// <summary>
/// An actor mention in a story: the characters [Start, End) of sentence <see cref="Sentence"/>, its code on the
/// story date (null when the name is known but has no code that day), the country and sector parts of the code,
/// the canonical name, and how the code was found.
/// </summary>
public sealed record Actor(int Start, int End, int Sentence, string? Code, string? Country, string? Sector, string Name, string Resolution)
{
    /// <summary>Whether the sector goes before the country when the two are composed ("NGO" + "ARN" → NGOARN).</summary>
    public bool SectorFirst { get; init; }

    /// <summary>Whether the actor is a country itself, its code the bare country code ("RUS", not "RUSGOV").</summary>
    public bool IsBareCountry => Country is not null && Code == Country;
}
