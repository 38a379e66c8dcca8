using Dyad.Core.Conllu;
using Dyad.Core.Evaluation;
using Dyad.Core.Stories;

namespace Dyad.Text.Evaluation;

/// <summary>
/// Scores <see cref="TextAnalyzer"/> against gold CoNLL-U: a predicted sentence counts when its end offset is a
/// gold sentence end, a predicted token when its span is a gold word's span. Dateline detection stays on, as in
/// the product; a dateline found in these texts is counted, and is always a false one.
/// </summary>
public static class SegmentationEvaluator
{
    /// <summary>Scores every document of the given CoNLL-U files.</summary>
    public static SegmentationScore EvaluateFiles(IEnumerable<string> paths, TextOptions options)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var total = SegmentationScore.Empty;
        foreach (var path in paths)
        {
            foreach (var document in GoldDocumentReader.Read(ConlluReader.ReadFile(path), Path.GetFileNameWithoutExtension(path)))
            {
                total += Evaluate(document, options);
            }
        }

        return total;
    }

    public static SegmentationScore Evaluate(GoldDocument document, TextOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        var story = TextAnalyzer.Analyze(new Story { Id = document.Id, Text = document.Text }, options);
        var goldEnds = document.SentenceEnds.ToHashSet();
        var matchedSentences = story.Sentences.Count(s => goldEnds.Contains(s.End));
        var goldWords = document.Words.ToHashSet();
        var matchedTokens = story.Tokens.Count(t => goldWords.Contains(new TextSpan(t.Start, t.End)));
        return new SegmentationScore(
            new MatchCount(matchedSentences, story.Sentences.Length, goldEnds.Count),
            new MatchCount(matchedTokens, story.Tokens.Length, goldWords.Count),
            1,
            story.Dateline is null ? 0 : 1,
            document.UnalignedWords);
    }
}
