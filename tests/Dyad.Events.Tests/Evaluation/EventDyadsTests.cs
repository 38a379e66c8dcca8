using Dyad.Core.Stories;
using Dyad.Events.Evaluation;

namespace Dyad.Events.Tests.Evaluation;

public sealed class EventDyadsTests
{
    [Fact]
    public void Of_CompoundGoldEvent_GivesSourcesTimesTargets()
    {
        var dyads = EventDyads.Of([Events.Gold("RUS,KAZ->QAT,USA", "040", "2016")]);

        Assert.Equal(["RUS->QAT 040", "RUS->USA 040", "KAZ->QAT 040", "KAZ->USA 040"], dyads.Select(d => d.ToString()));
        Assert.All(dyads, d => Assert.Equal("2016", d.Date));
    }

    [Fact]
    public void Emitted_NegatedHypotheticalAndUncodedActors_AreNotEmitted()
    {
        CodedEvent[] events =
        [
            Events.Coded("RUS->QAT", "040", date: new DateOnly(2016, 1, 18)),
            Events.Coded("RUS->QAT", "057", negated: true),
            Events.Coded("RUS->QAT", "190", modality: Modality.Hypothetical),
            Events.Coded("RUS->QAT", "036", modality: Modality.Intended),
            Events.Coded("-,KAZ->QAT", "041"),
        ];

        var dyads = EventDyads.Emitted(events, code => code);

        Assert.Equal(["RUS->QAT 040", "RUS->QAT 036", "KAZ->QAT 041"], dyads.Select(d => d.ToString()));
        Assert.Equal("2016-01-18", dyads[0].Date);
    }

    [Fact]
    public void Emitted_CodeWithoutScoredCode_IsNotEmitted()
    {
        var dyads = EventDyads.Emitted([Events.Coded("RUS->QAT", "010"), Events.Coded("RUS->QAT", "040")], code => code.StartsWith("01", StringComparison.Ordinal) ? null : "CONSULT");

        Assert.Equal(["RUS->QAT CONSULT"], dyads.Select(d => d.ToString()));
    }
}
