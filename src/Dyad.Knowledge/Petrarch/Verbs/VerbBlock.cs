using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Petrarch.Verbs;

/// <summary><c>--- NAME [code] ---</c>: synonymous verbs that share the patterns below them.</summary>
public sealed record VerbBlock(string Name, PatternCode Code, IReadOnlyList<VerbEntry> Verbs, IReadOnlyList<VerbPattern> Patterns, SourceLocation Source);
