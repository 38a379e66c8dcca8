using Dyad.Core.Evaluation;
using Dyad.Core.Stories;

namespace Dyad.Syntax.Evaluation;

/// <summary>
/// Counts, document by document, how a system's words and sentences agree with gold ones when both come from the
/// same text: a system word is aligned to the gold word with exactly its span, and only an aligned word can be right.
/// Its head is right when it is aligned to the gold word's head, or when both are the root.
/// </summary>
public sealed class RawSyntaxTally
{
    private int _goldWords;
    private int _systemWords;
    private int _alignedWords;
    private int _goldSentences;
    private int _systemSentences;
    private int _alignedSentences;
    private int _upos;
    private int _lemma;
    private int _uas;
    private int _las;

    public void Add(ReadOnlySpan<SpannedWord> gold, IReadOnlyCollection<TextSpan> goldSentences, ReadOnlySpan<SpannedWord> system, IReadOnlyCollection<TextSpan> systemSentences)
    {
        ArgumentNullException.ThrowIfNull(goldSentences);
        ArgumentNullException.ThrowIfNull(systemSentences);
        var goldBySpan = new Dictionary<TextSpan, int>(gold.Length);
        for (var g = 0; g < gold.Length; g++)
        {
            if (gold[g].Span is { } span)
            {
                goldBySpan.TryAdd(span, g);
            }
        }

        var aligned = new int[system.Length];
        for (var s = 0; s < system.Length; s++)
        {
            aligned[s] = system[s].Span is { } span && goldBySpan.TryGetValue(span, out var g) ? g : -1;
        }

        _goldWords += gold.Length;
        _systemWords += system.Length;
        for (var s = 0; s < system.Length; s++)
        {
            if (aligned[s] < 0)
            {
                continue;
            }

            var actual = system[s];
            var expected = gold[aligned[s]];
            _alignedWords++;
            _upos += actual.Upos == expected.Upos ? 1 : 0;
            _lemma += actual.Lemma == expected.Lemma ? 1 : 0;
            var headRight = actual.Head < 0 ? expected.Head < 0 : expected.Head >= 0 && aligned[actual.Head] == expected.Head;
            if (headRight)
            {
                _uas++;
                _las += actual.Relation == expected.Relation ? 1 : 0;
            }
        }

        var goldSentenceSpans = goldSentences.ToHashSet();
        _goldSentences += goldSentenceSpans.Count;
        _systemSentences += systemSentences.Count;
        _alignedSentences += systemSentences.Count(goldSentenceSpans.Contains);
    }

    public RawSyntaxScores Scores(double seconds) =>
        new(Count(_alignedWords), new MatchCount(_alignedSentences, _systemSentences, _goldSentences), Count(_upos), Count(_lemma), Count(_uas), Count(_las), seconds);

    private MatchCount Count(int correct) => new(correct, _systemWords, _goldWords);
}
