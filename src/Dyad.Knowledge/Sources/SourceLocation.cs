namespace Dyad.Knowledge.Sources;

/// <summary>Where an entry was written, so a coded event can point back to the dictionary line that made it.</summary>
public readonly record struct SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
