namespace Dyad.Knowledge.Dyad;

/// <summary>The header every Dyad knowledge file starts with: <c># format: KIND VERSION</c> and <c># sources: …</c>.</summary>
public sealed record KnowledgeFileHeader(string Kind, int Version, string Sources);
