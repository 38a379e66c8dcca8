using Dyad.Syntax.Clusters;

namespace Dyad.Syntax.Tests.Clusters;

public sealed class BigramCountsTests
{
    private const int Boundary = 3;

    // Words 0..2, then the boundary token: "0 1 0" and "1 1".
    private static BigramCounts Counts { get; } = BigramCounts.Count([[0, 1, 0], [1, 1]], words: 3, fixedTokens: 1, boundary: Boundary);

    [Fact]
    public void Count_TwoSentences_CountsEveryPairWithTheBoundaries()
    {
        Assert.Equal(7, Counts.Total);
        Assert.Equal([(1, 1), (Boundary, 1)], Counts.Following(0).ToArray());
        Assert.Equal([(0, 1), (1, 1), (Boundary, 1)], Counts.Following(1).ToArray());
        Assert.Equal([(0, 1), (1, 1)], Counts.Following(Boundary).ToArray());
        Assert.Empty(Counts.Following(2).ToArray());
    }

    [Fact]
    public void Count_TwoSentences_PrecedingMirrorsFollowing()
    {
        Assert.Equal([(1, 1), (Boundary, 1)], Counts.Preceding(0).ToArray());
        Assert.Equal([(0, 1), (1, 1), (Boundary, 1)], Counts.Preceding(1).ToArray());
        Assert.Equal(2, Counts.FirstCount(0));
        Assert.Equal(3, Counts.SecondCount(1));
    }
}
