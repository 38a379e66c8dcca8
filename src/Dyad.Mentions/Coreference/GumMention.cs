using Dyad.Core.Stories;

namespace Dyad.Mentions.Coreference;

/// <summary>
/// A gold entity mention of a GUM document: the entity it belongs to (document-scoped id), the entity type
/// ("person", "organization", "place", …), its character span, the span of its head word (the word whose head lies
/// outside the mention) and that word's universal part of speech.
/// </summary>
public sealed record GumMention(string Entity, string Type, TextSpan Span, TextSpan Head, string HeadUpos);
