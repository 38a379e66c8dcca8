using System.Collections.Immutable;

namespace Dyad.Core.Stories;

/// <summary>
/// Who a quote is attributed to: the characters [Start, End) naming them, the code of the actor mention there
/// (null when none is coded), and, when the speaker is a document ("the joint statement", "the communiqué"), the
/// codes of the story's actors who issued it in <see cref="Authors"/> (empty for a person or organisation).
/// </summary>
public sealed record QuoteSpeaker(int Start, int End, string? Code, ImmutableArray<string> Authors);
