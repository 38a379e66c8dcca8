using Dyad.Core.Stories;
using Dyad.Events.Evaluation;

namespace Dyad.Events.Tests.Evaluation;

/// <summary>Hand-built coded events and gold records for the scorer tests.</summary>
internal static class Events
{
    /// <summary>An event "SRC,SRC2->TGT code" (codes separated by commas) triggered at <paramref name="trigger"/>.</summary>
    public static CodedEvent Coded(string dyad, string code, int trigger = 0, bool negated = false, Modality modality = Modality.Asserted, DateOnly? date = null)
    {
        var (sources, targets) = Split(dyad);
        return new CodedEvent
        {
            Sentence = 0,
            Sources = [.. sources.Select(Actor)],
            Targets = [.. targets.Select(Actor)],
            CameoCode = code,
            Trigger = new TextSpan(trigger, trigger + 1),
            Pattern = "test",
            Negated = negated,
            Modality = modality,
            Date = date,
        };
    }

    public static GoldEvent Gold(string dyad, string code, string? date = null)
    {
        var (sources, targets) = Split(dyad);
        return new GoldEvent([.. sources], [.. targets], code, date);
    }

    public static GoldItem Item(string id, params GoldEvent[] events) => Item(id, "", events);

    public static GoldItem Item(string id, string category, params GoldEvent[] events) =>
        new(id, category, new DateOnly(2016, 1, 18), $"text of {id}", [.. events]);

    public static CodedItem Scored(GoldItem gold, params CodedEvent[] events) => new(gold, [.. events]);

    private static Actor Actor(string code) =>
        new(0, 1, 0, code == "-" ? null : code, null, null, code, "test");

    private static (string[] Sources, string[] Targets) Split(string dyad)
    {
        var parts = dyad.Split("->");
        return (parts[0].Split(','), parts[1].Split(','));
    }
}
