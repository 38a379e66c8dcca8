using System.Collections.Immutable;

namespace Dyad.Events.Evaluation;

/// <summary>
/// Scores dyads in the lenient and strict modes: an emitted dyad matches a gold dyad of the same record when the
/// compared parts of the source and target codes (in that direction) and the event class agree.
/// </summary>
internal static class DyadScorer
{
    /// <param name="items">The records and what was emitted for each.</param>
    /// <param name="scoredCode">Turns an emitted CAMEO code into the code compared with the gold (null: not emitted).</param>
    /// <param name="eventClass">The part of a code that must agree (the CAMEO root, or the PLOVER type).</param>
    public static DyadScore Score(IEnumerable<CodedItem> items, Func<string, string?> scoredCode, Func<string, string> eventClass)
    {
        var scored = ImmutableArray.CreateBuilder<ScoredItem>();
        EventTally lenient = default, strict = default;
        int sameCode = 0, sameDate = 0, withGoldPlace = 0, samePlace = 0;
        foreach (var (gold, events) in items)
        {
            var expected = EventDyads.Of(gold.Events);
            var emitted = EventDyads.Emitted(events, scoredCode);
            var lenientMatch = DyadMatcher.Match(expected, emitted, Key(ActorMatch.Lenient, eventClass));
            lenient = lenient.Add(lenientMatch);
            strict = strict.Add(DyadMatcher.Match(expected, emitted, Key(ActorMatch.Strict, eventClass)));
            sameCode += lenientMatch.Matched.Count(m => m.Gold.Code == m.Emitted.Code);
            sameDate += lenientMatch.Matched.Count(m => m.Gold.DateAgrees(m.Emitted));
            withGoldPlace += lenientMatch.Matched.Count(m => m.Gold.Place is not null);
            samePlace += lenientMatch.Matched.Count(m => m.Gold.PlaceAgrees(m.Emitted));
            scored.Add(new ScoredItem(gold, expected, emitted, lenientMatch));
        }

        return new DyadScore(lenient, strict, sameCode, sameDate, scored.ToImmutable()) { WithGoldPlace = withGoldPlace, SamePlace = samePlace };
    }

    private static Func<EventDyad, string> Key(ActorMatch match, Func<string, string> eventClass) =>
        dyad => $"{ActorCodes.Compared(dyad.Source, match)}|{ActorCodes.Compared(dyad.Target, match)}|{eventClass(dyad.Code)}";
}
