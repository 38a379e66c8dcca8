namespace Dyad.Knowledge.Sources;

/// <summary>One line of a knowledge file with its 1-based number, without the line break.</summary>
public readonly record struct SourceLine(int Number, string Text);
