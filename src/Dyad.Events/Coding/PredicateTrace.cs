using Dyad.Core.Stories;

namespace Dyad.Events.Coding;

/// <summary>
/// What the coder did with one predicate, for <c>dyad explain</c>: the word, the pattern that matched (file:line
/// and text), the source and target it found and the outcome: the codes it emitted, or why it emitted nothing.
/// </summary>
public sealed record PredicateTrace(int Sentence, TextSpan Trigger, string Word, string? Pattern, string Sources, string Targets, string Outcome);
