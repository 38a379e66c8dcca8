namespace Dyad.Core.Stories;

/// <summary>A token: a character range of the story text, never a copy of it.</summary>
public readonly record struct Token(int Start, int End)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, End - Start);

    public string ToString(string text) => text.Substring(Start, End - Start);
}
