namespace Dyad.Core.Stories;

/// <summary>A sentence: its character range and the range of its tokens in the story's token list.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public TextSpan Span => new(Start, End);
}
