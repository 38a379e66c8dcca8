using Dyad.Events.Evaluation;

namespace Dyad.Events.Tests.Evaluation;

public sealed class EventTallyTests
{
    [Theory]
    [InlineData(4, 2, 2, 0.5, 0.5, 0.5)]
    [InlineData(4, 3, 0, 1.0, 0.75, 0.857142857)]
    [InlineData(4, 0, 0, 0.0, 0.0, 0.0)]
    [InlineData(0, 0, 3, 0.0, 0.0, 0.0)]
    public void Scores_Counts_FollowTheDefinitions(int expected, int correct, int extra, double precision, double recall, double f1)
    {
        var tally = new EventTally(1, 0, expected, correct, extra);

        Assert.Equal(precision, tally.Precision, 6);
        Assert.Equal(recall, tally.Recall, 6);
        Assert.Equal(f1, tally.F1, 6);
        Assert.Equal(expected - correct, tally.Uncoded);
    }
}
