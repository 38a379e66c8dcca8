using Dyad.Core.Stories;

namespace Dyad.Mentions.Quotes;

/// <summary>A quote found by one of the finders: its characters, sentence and kind, and its speaker's story-wide tokens [SpeakerFirst, SpeakerEnd) (empty when none).</summary>
internal sealed record QuoteCandidate(int Start, int End, int Sentence, QuoteKind Kind, int SpeakerFirst, int SpeakerEnd)
{
    public bool HasSpeaker => SpeakerEnd > SpeakerFirst;

    public bool Overlaps(QuoteCandidate other) => Start < other.End && other.Start < End;
}
