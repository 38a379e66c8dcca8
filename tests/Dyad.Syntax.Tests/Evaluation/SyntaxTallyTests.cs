using Dyad.Core.Conllu;
using Dyad.Syntax.Evaluation;
using Dyad.Syntax.Parsing;

namespace Dyad.Syntax.Tests.Evaluation;

public sealed class SyntaxTallyTests
{
    private static ConlluSentence NonProjective =>
        Fixtures.Tiny.Single(s => !Projectivity.IsProjective(s.Words.Select(w => w.Head).ToArray()));

    private static SyntaxWord[] Copy(ConlluSentence sentence) =>
        [.. sentence.Words.Select(w => new SyntaxWord(w.Upos, w.Xpos, w.Lemma, w.Feats, w.Head, w.Deprel))];

    [Fact]
    public void Add_NonProjectiveGoldPredictedExactly_ScoresEverythingFull()
    {
        var tally = new SyntaxTally();

        tally.Add(NonProjective, Copy(NonProjective));
        var scores = tally.Scores(1);

        Assert.Equal(NonProjective.Words.Length, scores.Tokens);
        Assert.Equal([100.0, 100.0, 100.0, 100.0, 100.0], [scores.Upos, scores.Xpos, scores.Lemma, scores.Uas, scores.Las]);
    }

    [Fact]
    public void Add_CrossingArcPredictedWrong_CountsOneAttachmentError()
    {
        var sentence = NonProjective;
        var predicted = Copy(sentence);
        var crossing = Array.FindIndex(predicted, w => w.Relation == "acl:relcl");
        predicted[crossing] = predicted[crossing] with { Head = 0 };
        var wrongLabel = Array.FindIndex(predicted, w => w.Relation == "det");
        predicted[wrongLabel] = predicted[wrongLabel] with { Relation = "amod" };
        var tally = new SyntaxTally();

        tally.Add(sentence, predicted);
        var scores = tally.Scores(1);

        var n = sentence.Words.Length;
        Assert.Equal(100.0 * (n - 1) / n, scores.Uas, 6);
        Assert.Equal(100.0 * (n - 2) / n, scores.Las, 6);
    }

    [Fact]
    public void Add_WrongNumberOfPredictions_Throws()
    {
        var sentence = Fixtures.Tiny[0];

        Assert.Throws<ArgumentException>(() => new SyntaxTally().Add(sentence, Copy(sentence).AsSpan(1)));
    }
}
