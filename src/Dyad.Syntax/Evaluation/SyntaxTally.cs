using Dyad.Core.Conllu;

namespace Dyad.Syntax.Evaluation;

/// <summary>Counts, word by word, how often predictions agree with gold sentences.</summary>
public sealed class SyntaxTally
{
    private int _sentences;
    private int _tokens;
    private int _upos;
    private int _xpos;
    private int _lemma;
    private int _uas;
    private int _las;

    /// <summary>Compares one gold sentence with the predictions for its words, in order.</summary>
    public void Add(ConlluSentence gold, ReadOnlySpan<SyntaxWord> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        if (predicted.Length != gold.Words.Length)
        {
            throw new ArgumentException($"{predicted.Length} predictions for a sentence of {gold.Words.Length} words", nameof(predicted));
        }

        _sentences++;
        for (var i = 0; i < predicted.Length; i++)
        {
            var expected = gold.Words[i];
            var actual = predicted[i];
            _tokens++;
            _upos += actual.Upos == expected.Upos ? 1 : 0;
            _xpos += actual.Xpos == expected.Xpos ? 1 : 0;
            _lemma += actual.Lemma == expected.Lemma ? 1 : 0;
            if (actual.Head == expected.Head)
            {
                _uas++;
                _las += actual.Relation == expected.Deprel ? 1 : 0;
            }
        }
    }

    public SyntaxScores Scores(double seconds) =>
        new(_sentences, _tokens, Percent(_upos), Percent(_xpos), Percent(_lemma), Percent(_uas), Percent(_las), seconds);

    private double Percent(int count) => _tokens == 0 ? 0 : 100.0 * count / _tokens;
}
