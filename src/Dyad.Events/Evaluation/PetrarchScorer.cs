using System.Collections.Immutable;

namespace Dyad.Events.Evaluation;

/// <summary>
/// Scores as the PETRARCH validation does: an emitted dyad (each source x each target of an event, with its CAMEO
/// code) is correct when it equals an expected (source, target, code) triple, each triple matched at most once;
/// an expected triple left unmatched is uncoded, an emitted dyad left unmatched is extra.
/// </summary>
public static class PetrarchScorer
{
    public static PetrarchScore Score(IEnumerable<CodedItem> items)
    {
        var scored = ImmutableArray.CreateBuilder<ScoredItem>();
        var categories = new List<(string Category, EventTally Tally)>();
        var total = default(EventTally);
        foreach (var (gold, events) in items)
        {
            var expected = EventDyads.Of(gold.Events);
            var emitted = EventDyads.Emitted(events, code => code);
            var match = DyadMatcher.Match(expected, emitted, Key);
            scored.Add(new ScoredItem(gold, expected, emitted, match));
            total = total.Add(match);
            var at = categories.FindIndex(c => c.Category == gold.Category);
            if (at < 0)
            {
                categories.Add((gold.Category, default(EventTally).Add(match)));
            }
            else
            {
                categories[at] = (gold.Category, categories[at].Tally.Add(match));
            }
        }

        return new PetrarchScore([.. categories], total, scored.ToImmutable());
    }

    private static string Key(EventDyad dyad) => $"{dyad.Source}|{dyad.Target}|{dyad.Code}";
}
