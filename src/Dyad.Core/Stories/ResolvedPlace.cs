namespace Dyad.Core.Stories;

/// <summary>
/// A known place a mention or dateline resolves to: canonical name, country code, WGS84 coordinates in degrees
/// (null for a country named as a location, which the knowledge gives no single point for), the kind
/// ("capital", "city", "region", "country" …) and how the name was resolved.
/// </summary>
public sealed record ResolvedPlace(string Name, string Country, double? Latitude, double? Longitude, string Kind, PlaceResolution Resolution);
