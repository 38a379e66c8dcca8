using Dyad.Knowledge.Dates;
using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Dyad;

/// <summary>An organisation with its actor code, names, acronyms, kind and the days it existed under this code.</summary>
public sealed record Organisation(string Code, string Name, IReadOnlyList<string> Names, IReadOnlyList<string> Acronyms, OrganisationType Type, DateRange Valid, SourceLocation Source);
