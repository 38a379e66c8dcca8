using System.Collections.Immutable;
using Dyad.Core.Stories;
using Dyad.Events.Coding;

namespace Dyad.Events.Tests.Coding;

public sealed class EventMergerTests
{
    [Fact]
    public void Merge_SameDateActorsAndCode_IsOneRecordWithEveryTrigger()
    {
        var first = Event("RUSGOV", "KGZGOV", "040", new TextSpan(0, 3), 0);
        var again = Event("RUSGOV", "KGZGOV", "040", new TextSpan(40, 43), 2);

        var merged = Assert.Single(EventMerger.Merge([first, again]));

        Assert.Equal(0, merged.Sentence);
        Assert.Equal([new TextSpan(0, 3), new TextSpan(40, 43)], merged.Evidence.ToArray());
    }

    [Theory]
    [InlineData("KGZGOV", "RUSGOV", "040", 0)]
    [InlineData("RUSGOV", "KGZGOV", "042", 0)]
    [InlineData("RUSGOV", "KGZGOV", "040", 1)]
    public void Merge_DifferentDirectionCodeOrDate_StaysApart(string source, string target, string code, int daysLater)
    {
        var first = Event("RUSGOV", "KGZGOV", "040", new TextSpan(0, 3), 0);
        var other = Event(source, target, code, new TextSpan(40, 43), 1) with { Date = new DateOnly(2023, 5, 8).AddDays(daysLater) };

        Assert.Equal(2, EventMerger.Merge([first, other]).Length);
    }

    [Fact]
    public void Merge_SameSentenceAndCodeWithACountryForItsGovernment_KeepsTheGovernment()
    {
        var precise = Event("RUSGOV", "VNMGOV", "043", new TextSpan(0, 8), 0);
        var bare = Event("RUS", "VNMGOV", "043", new TextSpan(60, 65), 0);

        var kept = Assert.Single(EventMerger.Merge([bare, precise]));

        Assert.Equal("RUSGOV", kept.Sources[0].Code);
    }

    [Theory]
    [InlineData("RUS", "VNMGOV", "042", 0)]
    [InlineData("RUS", "VNMGOV", "043", 1)]
    [InlineData("CHN", "VNMGOV", "043", 0)]
    public void Merge_CountryForItsGovernmentWithAnotherCodeSentenceOrCountry_StaysApart(string source, string target, string code, int sentence)
    {
        var precise = Event("RUSGOV", "VNMGOV", "043", new TextSpan(0, 8), 0);
        var other = Event(source, target, code, new TextSpan(60, 65), sentence);

        Assert.Equal(2, EventMerger.Merge([precise, other]).Length);
    }

    [Fact]
    public void Merge_CountryBesideAnotherSectorOfIt_StaysApart()
    {
        var forces = Event("EGYGOV", "RUSMIL", "051", new TextSpan(0, 7), 0);
        var country = Event("EGYGOV", "RUS", "051", new TextSpan(60, 77), 0);

        Assert.Equal(2, EventMerger.Merge([forces, country]).Length);
    }

    [Fact]
    public void Merge_AnnouncedActsWithACountryForItsGovernment_StayApart()
    {
        var meeting = Event("VENGOV", "RUSGOV", "036", new TextSpan(0, 4), 0) with { Modality = Modality.Intended };
        var visit = Event("VENGOV", "RUS", "036", new TextSpan(60, 65), 0) with { Modality = Modality.Intended };

        Assert.Equal(2, EventMerger.Merge([meeting, visit]).Length);
    }

    [Fact]
    public void Merge_NegatedAndAsserted_StayApart()
    {
        var asserted = Event("RUSGOV", "KGZGOV", "057", new TextSpan(0, 3), 0);
        var negated = asserted with { Negated = true };

        Assert.Equal(2, EventMerger.Merge([asserted, negated]).Length);
    }

    private static CodedEvent Event(string source, string target, string code, TextSpan trigger, int sentence) => new()
    {
        Sentence = sentence,
        Sources = [Actor(source)],
        Targets = [Actor(target)],
        CameoCode = code,
        Trigger = trigger,
        Pattern = "test",
        Date = new DateOnly(2023, 5, 8),
        Evidence = ImmutableArray.Create(trigger),
    };

    private static Actor Actor(string code) => new(0, 1, 0, code, code[..3], code.Length > 3 ? code[3..] : null, code, "test");
}
