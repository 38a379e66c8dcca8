using System.Collections.Frozen;
using Dyad.Knowledge.Dyad;

namespace Dyad.Events.Patterns;

/// <summary>
/// Every pattern of a run, by predicate: for a verb or noun lemma (or, failing that, the word as written), its
/// patterns from the most to the least specific, dictionary order breaking ties. Immutable; shared by threads.
/// </summary>
public sealed class PatternLexicon
{
    private readonly FrozenDictionary<string, PredicatePattern[]> _byKey;

    public PatternLexicon(IEnumerable<(string Word, PredicatePattern Pattern)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _byKey = entries
            .GroupBy(e => Key(e.Pattern.Kind, e.Word), StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.Select(e => e.Pattern).Distinct().OrderByDescending(p => p.Specificity).ToArray(),
                StringComparer.Ordinal);
        Count = _byKey.Values.SelectMany(p => p).Distinct().Count();
    }

    public static PatternLexicon Empty { get; } = new([]);

    /// <summary>The number of distinct patterns.</summary>
    public int Count { get; }

    /// <summary>The patterns of a predicate with this lemma, else of this lower-cased word form.</summary>
    public IReadOnlyList<PredicatePattern> Find(PredicateKind kind, string lemma, string lowerForm) =>
        _byKey.TryGetValue(Key(kind, lemma), out var byLemma) ? byLemma
        : _byKey.TryGetValue(Key(kind, lowerForm), out var byForm) ? byForm
        : [];

    private static string Key(PredicateKind kind, string word) => (kind == PredicateKind.Verb ? "v:" : "n:") + word;
}
