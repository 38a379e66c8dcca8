using Dyad.Core.Evaluation;
namespace Dyad.Text.Evaluation;

/// <summary>Sentence-boundary and token scores of the text stage against gold segmentation.</summary>
public sealed record SegmentationScore(MatchCount Sentences, MatchCount Tokens, int Documents, int Datelines, int UnalignedWords)
{
    public static SegmentationScore Empty { get; } = new(default, default, 0, 0, 0);

    public static SegmentationScore operator +(SegmentationScore a, SegmentationScore b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Sentences + b.Sentences, a.Tokens + b.Tokens, a.Documents + b.Documents, a.Datelines + b.Datelines, a.UnalignedWords + b.UnalignedWords);
    }
}
