using Dyad.Core.Stories;
using Dyad.Events.Evaluation;
using static Dyad.Events.Tests.Evaluation.Events;

namespace Dyad.Events.Tests.Evaluation;

public sealed class SentenceScorerTests
{
    [Theory]
    [InlineData("RUSGOV->QATGOV", "040", 1, 1)]
    [InlineData("RUSGOV->QATGOV", "0421", 1, 1)]
    [InlineData("RUSGOV->QATGOV", "051", 0, 0)]
    [InlineData("RUSGOV->QATGOV", "043", 1, 1)]
    [InlineData("RUS->QATGOV", "040", 1, 0)]
    [InlineData("RUSMIL->QATGOV", "046", 1, 0)]
    [InlineData("QATGOV->RUSGOV", "040", 0, 0)]
    [InlineData("RUSGOV->IGONAT", "040", 0, 0)]
    public void Score_OneDyad_LenientAndStrictAsTheGuidelinesSay(string emitted, string code, int lenient, int strict)
    {
        var score = SentenceScorer.Score([Scored(Item("s1", Gold("RUSGOV->QATGOV", "042")), Coded(emitted, code))]);

        Assert.Equal(lenient, score.Lenient.Correct);
        Assert.Equal(strict, score.Strict.Correct);
        Assert.Equal(1 - lenient, score.Lenient.Extra);
    }

    [Fact]
    public void Score_IgoCodes_AreAlikeLenientlyAndComparedOnSixCharactersStrictly()
    {
        var gold = Item("s1", Gold("RUSGOV->IGOCSTO", "040"), Gold("RUSGOV->IGOEEC", "040"));

        var score = SentenceScorer.Score([Scored(gold, Coded("RUSGOV->IGOCST", "040"), Coded("RUSGOV->IGOUNO", "040"))]);

        Assert.Equal(2, score.Lenient.Correct);
        Assert.Equal(1, score.Strict.Correct);
    }

    [Fact]
    public void Score_EventsInANoEventSentence_CountAgainstPrecision()
    {
        CodedItem[] items =
        [
            Scored(Item("s1", Gold("RUSGOV->QATGOV", "040")), Coded("RUSGOV->QATGOV", "040")),
            Scored(Item("s2"), Coded("RUSGOV->QAT", "010")),
        ];

        var score = SentenceScorer.Score(items);

        Assert.Equal(new EventTally(2, 1, 1, 1, 1), score.Lenient);
        Assert.Equal(0.5, score.Lenient.Precision);
        Assert.Equal(1.0, score.Lenient.Recall);
    }

    [Fact]
    public void Score_MatchedDyads_ShareOfSameFullCodeAndSameDate()
    {
        var gold = Item("s1", Gold("RUSGOV->QATGOV", "040", "2016-01-18"), Gold("QATGOV->RUSGOV", "042", "2016-01"), Gold("USAGOV->RUSGOV", "041", "2016-01-18"));
        var day = new DateOnly(2016, 1, 18);

        var score = SentenceScorer.Score([Scored(gold, Coded("RUSGOV->QATGOV", "040", date: day), Coded("QATGOV->RUSGOV", "043", date: day), Coded("USAGOV->RUSGOV", "041", date: day.AddDays(1)))]);

        Assert.Equal(3, score.Lenient.Correct);
        Assert.Equal(2, score.SameCode);
        Assert.Equal(2, score.SameDate);
        Assert.Equal(2.0 / 3, score.SameCodeShare, 6);
    }

    [Fact]
    public void Score_MatchedDyads_ShareOfSamePlaceAmongThoseWithAGoldPlace()
    {
        var gold = Item("s1", new GoldEvent(["RUSGOV"], ["QATGOV"], "040", null, "Moscow"), new GoldEvent(["QATGOV"], ["RUS"], "042", null, "Russia"), Gold("USAGOV->RUSGOV", "041"));
        var moscow = new EventPlace(new ResolvedPlace("Moscow", "RUS", 55.75, 37.62, "capital", PlaceResolution.Unique), null, PlaceBasis.Dateline);

        var score = SentenceScorer.Score([Scored(gold, Coded("RUSGOV->QATGOV", "040") with { Place = moscow }, Coded("QATGOV->RUS", "042") with { Place = moscow }, Coded("USAGOV->RUSGOV", "041") with { Place = moscow })]);

        Assert.Equal(3, score.Lenient.Correct);
        Assert.Equal((2, 1), (score.WithGoldPlace, score.SamePlace));
        Assert.Equal(0.5, score.SamePlaceShare);
    }
}
