namespace Dyad.Events.Evaluation;

/// <summary>
/// Scores the development gold as its GUIDELINES.md says: dyads match on source, target and CAMEO root, leniently
/// (first 3 characters of each actor code) and strictly (first 6); on the lenient matches, the share with the same
/// full CAMEO code and the same date (a gold date of reduced precision, "2016-03", agrees with any day in it).
/// </summary>
public static class SentenceScorer
{
    public static DyadScore Score(IEnumerable<CodedItem> items) =>
        DyadScorer.Score(items, code => code, code => code[..Math.Min(2, code.Length)]);
}
