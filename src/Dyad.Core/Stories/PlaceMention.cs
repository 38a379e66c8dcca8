namespace Dyad.Core.Stories;

/// <summary>
/// A place named in sentence <see cref="Sentence"/>: the characters [Start, End) and the tokens
/// [TokenStart, TokenEnd) of that sentence (indexed like <see cref="TokenSyntax.Head"/>), resolved to a known place.
/// </summary>
public sealed record PlaceMention(int Start, int End, int Sentence, int TokenStart, int TokenEnd, ResolvedPlace Place);
