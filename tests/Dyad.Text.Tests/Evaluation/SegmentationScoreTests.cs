using Dyad.Core.Evaluation;
using Dyad.Text.Evaluation;

namespace Dyad.Text.Tests.Evaluation;

public sealed class SegmentationScoreTests
{
    [Fact]
    public void Add_TwoScores_SumsCountsAndDocuments()
    {
        var a = new SegmentationScore(new MatchCount(1, 2, 3), new MatchCount(4, 5, 6), 1, 0, 2);
        var b = new SegmentationScore(new MatchCount(1, 1, 1), new MatchCount(2, 2, 2), 2, 1, 0);

        var sum = SegmentationScore.Empty + a + b;

        Assert.Equal(new MatchCount(2, 3, 4), sum.Sentences);
        Assert.Equal(new MatchCount(6, 7, 8), sum.Tokens);
        Assert.Equal((3, 1, 2), (sum.Documents, sum.Datelines, sum.UnalignedWords));
    }
}
