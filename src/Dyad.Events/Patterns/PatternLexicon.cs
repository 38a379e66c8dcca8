using System.Collections.Frozen;
using Dyad.Knowledge.Dyad;

namespace Dyad.Events.Patterns;

/// <summary>
/// Every pattern of a run, by predicate: for a verb or noun lemma (or, failing that, the word as written), its
/// patterns from the most to the least specific, dictionary order breaking ties. A dictionary that lists every
/// form of its verbs (PETRARCH's) is searched by the word as written first: there "left" is the verb LEFT, not a
/// form of LEAVE. Immutable; shared by threads.
/// </summary>
public sealed class PatternLexicon
{
    private readonly FrozenDictionary<string, PredicatePattern[]> _byKey;
    private readonly bool _formsFirst;

    public PatternLexicon(IEnumerable<(string Word, PredicatePattern Pattern)> entries, bool formsFirst = false)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _formsFirst = formsFirst;
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

    /// <summary>The patterns of a predicate with this lemma, else of this lower-cased word form (the other way round when forms come first).</summary>
    public IReadOnlyList<PredicatePattern> Find(PredicateKind kind, string lemma, string lowerForm)
    {
        var (first, second) = _formsFirst ? (lowerForm, lemma) : (lemma, lowerForm);
        return _byKey.TryGetValue(Key(kind, first), out var found) || _byKey.TryGetValue(Key(kind, second), out found) ? found : [];
    }

    private static string Key(PredicateKind kind, string word) => (kind == PredicateKind.Verb ? "v:" : "n:") + word;
}
