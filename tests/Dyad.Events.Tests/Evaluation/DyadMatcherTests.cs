using Dyad.Events.Evaluation;

namespace Dyad.Events.Tests.Evaluation;

public sealed class DyadMatcherTests
{
    private static string Key(EventDyad d) => $"{d.Source}|{d.Target}|{d.Code[..2]}";

    [Fact]
    public void Match_DuplicateEmittedDyad_MatchesTheGoldDyadOnceAndTheRestIsExtra()
    {
        EventDyad[] gold = [new("RUS", "QAT", "040", null)];
        EventDyad[] emitted = [new("RUS", "QAT", "040", null), new("RUS", "QAT", "040", null)];

        var match = DyadMatcher.Match(gold, emitted, Key);

        Assert.Single(match.Matched);
        Assert.Single(match.Extra);
        Assert.Empty(match.Uncoded);
        Assert.False(match.IsExact);
    }

    [Fact]
    public void Match_TwoGoldDyadsWithTheSameKey_TakesTheOneWithTheSameCodeAndDate()
    {
        EventDyad[] gold = [new("RUS", "QAT", "042", "2016-01-18"), new("RUS", "QAT", "040", "2016-01-17"), new("RUS", "QAT", "040", "2016-01-18")];
        EventDyad[] emitted = [new("RUS", "QAT", "040", "2016-01-18")];

        var match = DyadMatcher.Match(gold, emitted, Key);

        Assert.Equal(gold[2], Assert.Single(match.Matched).Gold);
        Assert.Equal<EventDyad>([gold[0], gold[1]], match.Uncoded);
    }

    [Fact]
    public void Match_ReversedDirection_DoesNotMatch()
    {
        var match = DyadMatcher.Match([new("RUS", "QAT", "040", null)], [new("QAT", "RUS", "040", null)], Key);

        Assert.Empty(match.Matched);
        Assert.Single(match.Uncoded);
        Assert.Single(match.Extra);
    }

    [Fact]
    public void Match_NothingExpectedNothingEmitted_IsExact() =>
        Assert.True(DyadMatcher.Match([], [], Key).IsExact);
}
