namespace Dyad.Core.Stories;

/// <summary>A half-open character range [Start, End) into a story's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, End - Start);

    public string ToString(string text) => text.Substring(Start, End - Start);
}
