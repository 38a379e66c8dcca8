using Dyad.Core.Evaluation;
namespace Dyad.Syntax.Evaluation;

/// <summary>
/// End-to-end scores of the text stage and the syntax model on raw text: tokens and sentences count when their
/// spans are gold spans, and each annotation counts only on words whose span is a gold word's.
/// </summary>
public sealed record RawSyntaxScores(
    MatchCount Tokens,
    MatchCount Sentences,
    MatchCount Upos,
    MatchCount Lemma,
    MatchCount Uas,
    MatchCount Las,
    double Seconds)
{
    /// <summary>System tokens per second through the whole path: text stage, tagging and parsing.</summary>
    public double TokensPerSecond => Seconds > 0 ? Tokens.Predicted / Seconds : 0;
}
