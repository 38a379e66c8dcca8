using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Dyad;

/// <summary>A place: name and variants, country code, WGS84 coordinates in degrees, and kind (capital, city, region …).</summary>
public sealed record Place(string Name, string Country, double Latitude, double Longitude, string Kind, IReadOnlyList<string> Names, SourceLocation Source);
