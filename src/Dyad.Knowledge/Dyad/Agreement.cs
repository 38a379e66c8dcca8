using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Dyad;

/// <summary>An international agreement: title, other names and acronyms, dates signed and in force, and the parties' codes.</summary>
public sealed record Agreement(string Title, IReadOnlyList<string> Names, IReadOnlyList<string> Acronyms, DateOnly SignedOn, DateOnly? InForce, IReadOnlyList<string> Parties, SourceLocation Source);
