namespace Dyad.Mentions.Places;

/// <summary>
/// A place a name may stand for: a bundled or imported place with its point, or a country (kind "country", no
/// point), which only counts after a locative preposition.
/// </summary>
public sealed record PlaceEntry(string Name, string Country, double? Latitude, double? Longitude, string Kind)
{
    public bool IsCountry => Kind == PlaceIndex.CountryKind;
}
