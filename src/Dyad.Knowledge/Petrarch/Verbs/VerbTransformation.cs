using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Petrarch.Verbs;

/// <summary>
/// A <c>~ a (a b ATTACK) SAY = a b 138</c> rule that rewrites a verb acting on another verb's event. Kept as
/// written: the left side and the result, for the event coder to interpret.
/// </summary>
public sealed record VerbTransformation(string Condition, string Result, SourceLocation Source);
