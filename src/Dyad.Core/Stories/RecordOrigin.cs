namespace Dyad.Core.Stories;

/// <summary>Where a story came from: the input path (or "-" for standard input) and its first line there.</summary>
public readonly record struct RecordOrigin(string Path, long Line);
