using Dyad.Knowledge.Dyad;

namespace Dyad.Knowledge.Treaties;

/// <summary>
/// Finds actor codes in the free text of a treaty list: a depositary or secretariat written as a name, an acronym
/// and name ("IMO International Maritime Organization"), a name with a qualifier ("Iran, Islamic Republic of",
/// "Bolivia (Plurinational State of)"), and the country names and adjectives in a title ("Agreement Between Norway
/// And Finland", "Norwegian-Russian Agreement"). Where a name belonged to several countries over time, the one that
/// existed on the signing day is taken.
/// </summary>
internal sealed class PartyNames
{
    private const int LongestName = 8;

    private static readonly char[] WordBreaks = [' ', '-', '(', ')', ',', '.', ';', ':', '/', '"'];

    private readonly Dictionary<string, List<Country>> _countries = new(StringComparer.OrdinalIgnoreCase);
    // Acronyms match only in capitals, so that "US" is not the word "us" and "CAR" not "car".
    private readonly Dictionary<string, List<Country>> _acronyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _organisations = new(StringComparer.OrdinalIgnoreCase);

    public PartyNames(IReadOnlyList<Country> countries, IReadOnlyList<Organisation> organisations)
    {
        // CAMEO's regions (the Mediterranean, Eastern Europe) are in the countries file without a capital; a
        // sea or a region named in a title is not a party.
        foreach (var country in countries.Where(c => c.Capital is not null))
        {
            foreach (var name in country.Names.Concat(country.Adjectives).Prepend(country.Name))
            {
                var key = string.Join(' ', Words(name));
                var byName = IsAcronym(key) ? _acronyms : _countries;
                if (!byName.TryGetValue(key, out var list))
                {
                    byName[key] = list = [];
                }

                list.Add(country);
            }
        }

        foreach (var organisation in organisations)
        {
            foreach (var name in organisation.Names.Concat(organisation.Acronyms).Prepend(organisation.Name))
            {
                _organisations.TryAdd(string.Join(' ', Words(name)), organisation.Code);
            }
        }
    }

    /// <summary>The code of a depositary or secretariat entry, or null when none of its readings is known.</summary>
    public string? CodeOf(string entry, DateOnly signed)
    {
        var text = entry.Trim();
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var close = text.IndexOf(')', StringComparison.Ordinal);
        var words = Words(text);
        string?[] readings =
        [
            text,
            open > 0 ? text[..open] : null,
            open > 0 && close > open ? text[(open + 1)..close] : null,
            text.Contains(',', StringComparison.Ordinal) ? text[..text.IndexOf(',', StringComparison.Ordinal)] : null,
            words.Count > 1 ? string.Join(' ', words.Skip(1)) : null,
            words.Count > 1 ? words[0] : null,
        ];
        return readings.OfType<string>().Select(r => Lookup(string.Join(' ', Words(r)), signed)).FirstOrDefault(code => code is not null);
    }

    /// <summary>The codes of the countries a title names, longest name first, left to right.</summary>
    public IEnumerable<string> CountriesIn(string title, DateOnly signed)
    {
        var words = Words(title);
        for (var i = 0; i < words.Count;)
        {
            var matched = 0;
            for (var length = Math.Min(LongestName, words.Count - i); length > 0 && matched == 0; length--)
            {
                var key = string.Join(' ', words.Skip(i).Take(length));
                if (_countries.TryGetValue(key, out var countries) || _acronyms.TryGetValue(key, out countries))
                {
                    yield return Pick(countries, signed).Code;
                    matched = length;
                }
            }

            i += Math.Max(matched, 1);
        }
    }

    private string? Lookup(string key, DateOnly signed) =>
        key.Length == 0 ? null
        : _countries.TryGetValue(key, out var countries) || _acronyms.TryGetValue(key, out countries) ? Pick(countries, signed).Code
        : _organisations.GetValueOrDefault(key);

    private static Country Pick(List<Country> countries, DateOnly signed) => countries.FirstOrDefault(c => c.Valid.Contains(signed)) ?? countries[0];

    private static bool IsAcronym(string name) => name.Length <= 6 && !name.Any(char.IsLower);

    private static List<string> Words(string text) => [.. text.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries)];
}
