using Dyad.Core.Evaluation;

namespace Dyad.Core.Tests.Evaluation;

public sealed class MatchCountTests
{
    [Theory]
    [InlineData(8, 10, 16, 0.8, 0.5)]
    [InlineData(0, 0, 5, 0.0, 0.0)]
    [InlineData(5, 5, 5, 1.0, 1.0)]
    public void Scores_Counts_GivePrecisionRecallAndHarmonicMean(int matched, int predicted, int gold, double precision, double recall)
    {
        var count = new MatchCount(matched, predicted, gold);

        Assert.Equal(precision, count.Precision, 6);
        Assert.Equal(recall, count.Recall, 6);
        Assert.Equal(precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall), count.F1, 6);
    }

    [Fact]
    public void Add_TwoCounts_SumsEachField() =>
        Assert.Equal(new MatchCount(3, 7, 11), new MatchCount(1, 2, 3) + new MatchCount(2, 5, 8));
}
