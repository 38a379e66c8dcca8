using Dyad.Events.Evaluation;
using static Dyad.Events.Tests.Evaluation.Events;

namespace Dyad.Events.Tests.Evaluation;

public sealed class PetrarchScorerTests
{
    [Fact]
    public void Score_CorrectUncodedAndExtra_CountedPerCategoryAndInTotal()
    {
        CodedItem[] items =
        [
            Scored(Item("DEMO-1", "DEMO", Gold("ARN->GON", "050")), Coded("ARN->GON", "050")),
            Scored(Item("DEMO-2", "DEMO", Gold("ARN->DAG", "012"), Gold("ARN->OSG", "012")), Coded("ARN->DAG", "012"), Coded("ARN->OSG", "013")),
            Scored(Item("VERB-1", "VERB", Gold("GON->ARN", "040"))),
        ];

        var score = PetrarchScorer.Score(items);

        Assert.Equal(["DEMO", "VERB"], score.Categories.Select(c => c.Category));
        Assert.Equal(new EventTally(2, 1, 3, 2, 1), score.Categories[0].Tally);
        Assert.Equal(new EventTally(1, 0, 1, 0, 0), score.Categories[1].Tally);
        Assert.Equal(new EventTally(3, 1, 4, 2, 1), score.Total);
        Assert.Equal(2, score.Total.Uncoded);
    }

    [Fact]
    public void Score_SameTripleEmittedTwice_MatchesOnceAndCountsOneExtra()
    {
        var score = PetrarchScorer.Score([Scored(Item("A-1", "A", Gold("ARN->GON", "050")), Coded("ARN->GON", "050"), Coded("ARN->GON", "050"))]);

        Assert.Equal(new EventTally(1, 0, 1, 1, 1), score.Total);
    }

    [Fact]
    public void Score_CompoundEvent_EachSourceTargetPairIsATriple()
    {
        var gold = Item("A-1", "A", Gold("ARNGOV->ITHGOV", "040"), Gold("OSGGOV->ITHGOV", "040"));

        var score = PetrarchScorer.Score([Scored(gold, Coded("ARNGOV,OSGGOV->ITHGOV", "040"))]);

        Assert.Equal(new EventTally(1, 1, 2, 2, 0), score.Total);
    }

    [Theory]
    [InlineData("ARNGOV", "GON", "050")]
    [InlineData("ARN", "GON", "051")]
    [InlineData("GON", "ARN", "050")]
    public void Score_AnyPartDiffers_IsNotCorrect(string source, string target, string code)
    {
        var score = PetrarchScorer.Score([Scored(Item("A-1", "A", Gold("ARN->GON", "050")), Coded($"{source}->{target}", code))]);

        Assert.Equal(0, score.Total.Correct);
        Assert.Equal(1, score.Total.Extra);
    }

    [Fact]
    public void Score_NoEventRecord_ExactUnlessSomethingIsEmitted()
    {
        var score = PetrarchScorer.Score([Scored(Item("P-1", "PARSING")), Scored(Item("P-2", "PARSING"), Coded("ARN->GON", "010"))]);

        Assert.Equal(new EventTally(2, 1, 0, 0, 1), score.Total);
    }

    [Fact]
    public void Score_NegatedEvent_IsNotEmitted()
    {
        var score = PetrarchScorer.Score([Scored(Item("P-1", "MODIFY"), Coded("ARN->GON", "050", negated: true))]);

        Assert.Equal(new EventTally(1, 1, 0, 0, 0), score.Total);
    }
}
