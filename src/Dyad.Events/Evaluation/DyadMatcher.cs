using System.Collections.Immutable;

namespace Dyad.Events.Evaluation;

/// <summary>
/// Matches emitted dyads to gold dyads of the same record: an emitted dyad matches an unmatched gold dyad with the
/// same key, and each gold dyad is matched at most once. Keys are equal or not, so taking the first free one gives
/// the most matches; among equal keys, the gold dyad with the same full code, then the same date, is taken first so
/// that the secondary scores are not lowered by the order of the events.
/// </summary>
public static class DyadMatcher
{
    public static DyadMatch Match(IReadOnlyList<EventDyad> gold, IReadOnlyList<EventDyad> emitted, Func<EventDyad, string> key)
    {
        var goldKeys = gold.Select(key).ToArray();
        var used = new bool[gold.Count];
        var matched = ImmutableArray.CreateBuilder<(EventDyad, EventDyad)>();
        var extra = ImmutableArray.CreateBuilder<EventDyad>();
        foreach (var dyad in emitted)
        {
            var wanted = key(dyad);
            var best = -1;
            var bestAgreement = -1;
            for (var i = 0; i < gold.Count; i++)
            {
                if (used[i] || !string.Equals(goldKeys[i], wanted, StringComparison.Ordinal))
                {
                    continue;
                }

                var agreement = (gold[i].Code == dyad.Code ? 2 : 0) + (gold[i].DateAgrees(dyad) ? 1 : 0);
                if (agreement > bestAgreement)
                {
                    best = i;
                    bestAgreement = agreement;
                }
            }

            if (best < 0)
            {
                extra.Add(dyad);
                continue;
            }

            used[best] = true;
            matched.Add((gold[best], dyad));
        }

        return new DyadMatch(matched.ToImmutable(), [.. gold.Where((_, i) => !used[i])], extra.ToImmutable());
    }
}
