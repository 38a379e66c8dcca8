using Dyad.Core.Stories;

namespace Dyad.Syntax.Evaluation;

/// <summary>
/// A word of a whole document, scored by where it lies in the text: its span (null for a gold word no span of the
/// text holds alone), its analysis, and its head as the index of another word of the same document, -1 for the root.
/// </summary>
public readonly record struct SpannedWord(TextSpan? Span, string Upos, string Lemma, int Head, string Relation);
