using Dyad.Core.Evaluation;
using Dyad.Core.Stories;
using Dyad.Syntax.Evaluation;

namespace Dyad.Syntax.Tests.Evaluation;

public sealed class RawSyntaxTallyTests
{
    // "A well-known leader spoke." as UD English has it: the hyphenated adjective is one word.
    private static readonly SpannedWord[] Gold =
    [
        new(new TextSpan(0, 1), "DET", "a", 2, "det"),
        new(new TextSpan(2, 12), "ADJ", "well-known", 2, "amod"),
        new(new TextSpan(13, 19), "NOUN", "leader", 3, "nsubj"),
        new(new TextSpan(20, 25), "VERB", "speak", -1, "root"),
        new(new TextSpan(25, 26), "PUNCT", ".", 3, "punct"),
    ];

    private static readonly TextSpan[] OneSentence = [new(0, 26)];

    // The same sentence with "well-known" split into three words, each analysed as the gold word would be.
    private static SpannedWord[] SplitHyphen =>
    [
        new(new TextSpan(0, 1), "DET", "a", 4, "det"),
        new(new TextSpan(2, 6), "ADJ", "well-known", 3, "amod"),
        new(new TextSpan(6, 7), "ADJ", "well-known", 3, "amod"),
        new(new TextSpan(7, 12), "ADJ", "well-known", 4, "amod"),
        new(new TextSpan(13, 19), "NOUN", "leader", 5, "nsubj"),
        new(new TextSpan(20, 25), "VERB", "speak", -1, "root"),
        new(new TextSpan(25, 26), "PUNCT", ".", 5, "punct"),
    ];

    private static RawSyntaxScores Score(SpannedWord[] system, TextSpan[]? systemSentences = null)
    {
        var tally = new RawSyntaxTally();
        tally.Add(Gold, OneSentence, system, systemSentences ?? OneSentence);
        return tally.Scores(1);
    }

    [Fact]
    public void Add_SystemEqualToGold_ScoresEverythingFull()
    {
        var scores = Score([.. Gold]);

        Assert.Equal(
            [1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
            [scores.Tokens.F1, scores.Sentences.F1, scores.Upos.F1, scores.Lemma.F1, scores.Uas.F1, scores.Las.F1]);
        Assert.Equal(5, scores.TokensPerSecond);
    }

    [Fact]
    public void Add_SplitToken_LowersTokenF1AndCountsTheWordsItCoversWrong()
    {
        var scores = Score(SplitHyphen);

        Assert.Equal(new MatchCount(4, 7, 5), scores.Tokens);
        Assert.Equal(2 * (4.0 / 7) * (4.0 / 5) / ((4.0 / 7) + (4.0 / 5)), scores.Tokens.F1, 6);
        Assert.Equal(new MatchCount(4, 7, 5), scores.Upos);
        Assert.Equal(new MatchCount(4, 7, 5), scores.Lemma);
        Assert.Equal(new MatchCount(4, 7, 5), scores.Las);
    }

    [Fact]
    public void Add_RootAttachedToAWordOfNoGoldSpan_CountsItsHeadWrong()
    {
        var system = SplitHyphen;
        system[5] = system[5] with { Head = 2 };

        var scores = Score(system);

        Assert.Equal(3, scores.Uas.Matched);
    }

    [Fact]
    public void Add_WordAttachedToTheWrongGoldWord_CountsItsHeadWrong()
    {
        SpannedWord[] system = [.. Gold];
        system[0] = system[0] with { Head = 1 };
        system[4] = system[4] with { Relation = "obj" };

        var scores = Score(system);

        Assert.Equal(4, scores.Uas.Matched);
        Assert.Equal(3, scores.Las.Matched);
    }

    [Fact]
    public void Add_SentenceSplitInTwo_MatchesNoSentence()
    {
        var scores = Score([.. Gold], [new(0, 12), new(13, 26)]);

        Assert.Equal(new MatchCount(0, 2, 1), scores.Sentences);
        Assert.Equal(1.0, scores.Tokens.F1);
    }
}
