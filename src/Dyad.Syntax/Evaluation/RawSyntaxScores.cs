namespace Dyad.Syntax.Evaluation;

/// <summary>
/// End-to-end scores of the text stage and the syntax model on raw text: tokens and sentences count when their
/// spans are gold spans, and each annotation counts only on words whose span is a gold word's.
/// </summary>
public sealed record RawSyntaxScores(
    AlignedCount Tokens,
    AlignedCount Sentences,
    AlignedCount Upos,
    AlignedCount Lemma,
    AlignedCount Uas,
    AlignedCount Las,
    double Seconds)
{
    /// <summary>System tokens per second through the whole path: text stage, tagging and parsing.</summary>
    public double TokensPerSecond => Seconds > 0 ? Tokens.System / Seconds : 0;
}
