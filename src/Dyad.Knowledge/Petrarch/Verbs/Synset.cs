using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Petrarch.Verbs;

/// <summary><c>&amp;NAME</c> and its <c>+</c> members, with regular plurals already added where allowed.</summary>
public sealed record Synset(string Name, IReadOnlyList<PatternElement> Members, SourceLocation Source);
