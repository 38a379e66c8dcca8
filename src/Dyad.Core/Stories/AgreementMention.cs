using System.Collections.Immutable;

namespace Dyad.Core.Stories;

/// <summary>
/// A named agreement or treaty in sentence <see cref="Sentence"/>: its title, the characters [Start, End), its
/// date (from the text, else the known signing date), the parties' codes, its status, and the title of the known
/// agreement it is (<see cref="KnownTitle"/>, null when the knowledge does not list it).
/// </summary>
public sealed record AgreementMention(string Title, int Start, int End, int Sentence, DateOnly? Date, ImmutableArray<string> Parties, AgreementStatus? Status, string? KnownTitle);
