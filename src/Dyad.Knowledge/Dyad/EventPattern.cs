using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Dyad;

/// <summary>
/// <c>verb sign -&gt; 057 | object: agreement, treaty</c>: a predicate lemma, optional object lemmas and target
/// preposition, and the CAMEO event code it yields.
/// </summary>
public sealed record EventPattern(PredicateKind Kind, string Lemma, IReadOnlyList<string> Objects, string? Preposition, string Code, SourceLocation Source);
