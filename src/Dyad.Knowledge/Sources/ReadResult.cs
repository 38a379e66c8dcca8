using Dyad.Knowledge.Diagnostics;

namespace Dyad.Knowledge.Sources;

/// <summary>What a reader made of one file: the entries it could read and the problems it reported.</summary>
public sealed record ReadResult<T>(T Value, IReadOnlyList<KnowledgeDiagnostic> Diagnostics);
