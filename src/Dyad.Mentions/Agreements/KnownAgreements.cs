using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Index;

namespace Dyad.Mentions.Agreements;

/// <summary>
/// The agreements of the knowledge, looked up by title or other name (folded, punctuation and "the" ignored, so "the
/// Development, Production and Stockpiling" finds "the Development Production and Stockpiling") and by acronym.
/// Built once, never changed, safe to share between threads.
/// </summary>
public sealed class KnownAgreements
{
    /// <summary>Share of a known name's content words a title must hold to be that agreement when the dates agree.</summary>
    private const double DatedOverlap = 0.75;

    private readonly Dictionary<string, Agreement> _byName;
    private readonly Dictionary<string, Agreement> _byAcronym;
    private readonly List<(HashSet<string> Words, Agreement Agreement)> _contentWords;

    public KnownAgreements(IEnumerable<Agreement> agreements)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        _byName = new Dictionary<string, Agreement>(StringComparer.Ordinal);
        _byAcronym = new Dictionary<string, Agreement>(StringComparer.Ordinal);
        _contentWords = [];
        foreach (var agreement in agreements)
        {
            foreach (var name in agreement.Names.Prepend(agreement.Title))
            {
                _byName.TryAdd(Key(name), agreement);
                _contentWords.Add((ContentWords(name), agreement));
            }

            foreach (var acronym in agreement.Acronyms)
            {
                _byAcronym.TryAdd(acronym, agreement);
            }
        }
    }

    /// <summary>
    /// The known agreement a title found in the text names: the same name, or, when the text gives a date that is
    /// the known signing date, a known name whose content words the title holds nearly all of ("the Agreement between
    /// the Russian Federation and Kyrgyzstan on the Status and Conditions of the Joint Russian Military Base …").
    /// </summary>
    public Agreement? Find(string title, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(title);
        if (_byName.TryGetValue(Key(title), out var named))
        {
            return named;
        }

        if (date is not { } day)
        {
            return null;
        }

        var words = ContentWords(title);
        return _contentWords
            .Where(c => c.Agreement.SignedOn == day && c.Words.Count > 0 && (double)c.Words.Count(words.Contains) / c.Words.Count >= DatedOverlap)
            .Select(c => c.Agreement)
            .FirstOrDefault();
    }

    public Agreement? FindAcronym(string token) => _byAcronym.GetValueOrDefault(token);

    private static string Key(string name) => string.Join(' ', Words(name).Where(w => w != "the"));

    private static HashSet<string> ContentWords(string name) => [.. Words(name).Where(w => w.Length >= 4)];

    private static string[] Words(string name) =>
        new string([.. TextFold.Fold(name).Select(c => char.IsLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
