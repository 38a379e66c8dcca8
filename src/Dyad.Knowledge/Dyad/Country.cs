using Dyad.Knowledge.Dates;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Dyad;

/// <summary>A country or territory: CAMEO code, names, adjectives and demonyms, capital, and the days it existed.</summary>
public sealed record Country(string Code, string Name, string? Iso, IReadOnlyList<string> Names, IReadOnlyList<string> Adjectives, string? Capital, DateRange Valid, SourceLocation Source);
