namespace Dyad.Core.Stories;

/// <summary>
/// Reported speech in sentence <see cref="Sentence"/>: the words reported, [Start, End) of the story text (inside
/// the quotation marks for a direct quote), who said them, and whether they are quoted or paraphrased.
/// </summary>
public sealed record Quote(QuoteSpeaker? Speaker, int Start, int End, int Sentence, QuoteKind Kind);
