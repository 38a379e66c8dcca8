using Dyad.Knowledge.Sources;

namespace Dyad.Knowledge.Petrarch.Verbs;

/// <summary>
/// A verb of a synonym block: its base form, every inflected form (given in <c>{}</c> or generated regularly), and
/// the code of the bare verb when it has its own (else the block's).
/// </summary>
public sealed record VerbEntry(VerbForm Base, IReadOnlyList<VerbForm> Forms, PatternCode? Code, SourceLocation Source);
