using System.Collections.Immutable;
using Dyad.Core.Stories;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Index;
using Dyad.Text;
using Dyad.Text.Tokens;

namespace Dyad.Mentions.Places;

/// <summary>
/// The place names of a knowledge folder (places.txt, bundled or imported from GeoNames, and the country names),
/// split into tokens the way story text is and folded like actor names, so a sentence's tokens are looked up
/// directly. Built once, never changed, safe to share between threads.
/// </summary>
public sealed class PlaceIndex
{
    public const string CountryKind = "country";

    /// <summary>Kinds in the order a name shared by several places is resolved to when the story does not decide.</summary>
    private static readonly string[] Prominence = ["capital", "seat of government", "regional capital", "city", "region", "site", CountryKind];

    private readonly Dictionary<string, List<Phrase>> _byFirstToken;

    private PlaceIndex(Dictionary<string, List<Phrase>> byFirstToken) => _byFirstToken = byFirstToken;

    public static PlaceIndex Build(IEnumerable<Place> places, IEnumerable<Country> countries)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(countries);
        var byName = new Dictionary<string, (string[] Tokens, List<PlaceEntry> Entries)>(StringComparer.Ordinal);
        void Add(string name, PlaceEntry entry)
        {
            var tokens = Fold(name);
            if (tokens.Length == 0)
            {
                return;
            }

            var key = string.Join(' ', tokens);
            if (!byName.TryGetValue(key, out var phrase))
            {
                byName[key] = phrase = (tokens, []);
            }

            if (!phrase.Entries.Contains(entry))
            {
                phrase.Entries.Add(entry);
            }
        }

        foreach (var place in places)
        {
            var entry = new PlaceEntry(place.Name, place.Country, place.Latitude, place.Longitude, place.Kind);
            foreach (var name in place.Names.Prepend(place.Name))
            {
                Add(name, entry);
            }
        }

        foreach (var country in countries)
        {
            var entry = new PlaceEntry(country.Name, country.Code, null, null, CountryKind);
            foreach (var name in country.Names.Prepend(country.Name))
            {
                Add(name, entry);
            }
        }

        var byFirstToken = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        foreach (var (tokens, entries) in byName.Values)
        {
            if (!byFirstToken.TryGetValue(tokens[0], out var list))
            {
                byFirstToken[tokens[0]] = list = [];
            }

            list.Add(new Phrase(tokens, [.. entries]));
        }

        foreach (var list in byFirstToken.Values)
        {
            list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
        }

        return new PlaceIndex(byFirstToken);
    }

    /// <summary>The longest name starting at token <paramref name="start"/> of the folded tokens: its length in tokens and the places it may be.</summary>
    public (int Length, ImmutableArray<PlaceEntry> Entries)? Longest(IReadOnlyList<string> folded, int start)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (start >= folded.Count || !_byFirstToken.TryGetValue(folded[start], out var phrases))
        {
            return null;
        }

        foreach (var phrase in phrases)
        {
            if (start + phrase.Tokens.Length <= folded.Count && Enumerable.Range(1, phrase.Tokens.Length - 1).All(k => folded[start + k] == phrase.Tokens[k]))
            {
                return (phrase.Tokens.Length, phrase.Entries);
            }
        }

        return null;
    }

    /// <summary>The places a whole name may be ("MOSCOW", "Kyiv"), or none.</summary>
    public ImmutableArray<PlaceEntry> Lookup(string name)
    {
        var tokens = Fold(name);
        return tokens.Length > 0 && Longest(tokens, 0) is { } found && found.Length == tokens.Length ? found.Entries : [];
    }

    /// <summary>
    /// One of <paramref name="entries"/>: the only one; else the most prominent in a country of
    /// <paramref name="storyCountries"/>; else the most prominent. Ties keep knowledge order.
    /// </summary>
    public static ResolvedPlace Resolve(IReadOnlyList<PlaceEntry> entries, IReadOnlySet<string> storyCountries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(storyCountries);
        if (entries.Count == 0)
        {
            throw new ArgumentException("no place to resolve", nameof(entries));
        }

        if (entries.Count == 1)
        {
            return ToResolved(entries[0], PlaceResolution.Unique);
        }

        var inStory = entries.Where(e => storyCountries.Contains(e.Country)).ToList();
        return inStory.Count > 0
            ? ToResolved(MostProminent(inStory), PlaceResolution.StoryCountry)
            : ToResolved(MostProminent(entries), PlaceResolution.Prominence);
    }

    /// <summary>The folded tokens of a name, split by the story tokenizer.</summary>
    public static string[] Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tokens = ImmutableArray.CreateBuilder<Token>();
        Tokenizer.Tokenize(name, 0, name.Length, TextOptions.Default, tokens);
        return [.. tokens.Select(t => TextFold.Fold(t.ToString(name)))];
    }

    private static PlaceEntry MostProminent(IEnumerable<PlaceEntry> entries) => entries.MinBy(e => Rank(e.Kind))!;

    private static int Rank(string kind)
    {
        var rank = Array.IndexOf(Prominence, kind);
        return rank < 0 ? Prominence.Length : rank;
    }

    private static ResolvedPlace ToResolved(PlaceEntry entry, PlaceResolution resolution) =>
        new(entry.Name, entry.Country, entry.Latitude, entry.Longitude, entry.Kind, resolution);

    private sealed record Phrase(string[] Tokens, ImmutableArray<PlaceEntry> Entries);
}
