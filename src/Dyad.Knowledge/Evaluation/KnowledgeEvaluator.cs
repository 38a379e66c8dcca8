using Dyad.Core.Stories;
using Dyad.Knowledge.Dyad;
using Dyad.Knowledge.Index;

namespace Dyad.Knowledge.Evaluation;

/// <summary>
/// Measures the actor index on tokenised news items against the site's own annotations, one item at a time:
/// <list type="bullet">
/// <item>a geography tag counts when it is a country's name or other name in the countries file, and is found when
/// any mention in the item has that country;</item>
/// <item>a linked person (<see cref="InlineMention.IsPerson"/>) is found when a mention coded from a person's role
/// on the item date has a canonical name containing the site's family name as a word.</item>
/// </list>
/// Every mention is kept for <see cref="Sample"/>, so one run gives both the recall figures and the hand-check sample.
/// </summary>
public sealed class KnowledgeEvaluator(ActorIndex index, IReadOnlyList<Country> countries)
{
    private readonly Dictionary<string, string> _codeOfName = CodesByName(countries);
    private readonly List<SampledMention> _mentions = [];
    private int _items;
    private int _tags;
    private int _countryTags;
    private int _countryTagsFound;
    private int _people;
    private int _peopleFound;

    /// <summary>Matches every sentence of <paramref name="story"/> (already tokenised) on its date and scores it against <paramref name="site"/>.</summary>
    public void Add(Story story, SiteAnnotations site)
    {
        var date = story.EffectiveDate ?? throw new ArgumentException($"story {story.Id} has no date", nameof(story));
        var mentions = new List<ActorMention>();
        foreach (var sentence in story.Sentences)
        {
            var tokens = story.Tokens.Skip(sentence.FirstToken).Take(sentence.TokenCount).Select(t => t.ToString(story.Text)).ToArray();
            foreach (var mention in index.Match(tokens, date))
            {
                mentions.Add(mention);
                _mentions.Add(new SampledMention(story.Id, string.Join(' ', tokens[mention.Start..mention.End]), mention.Code, mention.Name, mention.Resolution.ToString(), sentence.Span.ToString(story.Text)));
            }
        }

        _items++;
        var countriesFound = mentions.Select(m => m.Country).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var tag in site.GeographyTags.Distinct(StringComparer.Ordinal))
        {
            _tags++;
            if (_codeOfName.TryGetValue(tag, out var code))
            {
                _countryTags++;
                _countryTagsFound += countriesFound.Contains(code) ? 1 : 0;
            }
        }

        var coded = mentions.Where(m => m.Resolution == CodeResolution.PersonRole && m.Code is not null).ToList();
        foreach (var person in site.InlineMentions.Where(m => m.IsPerson).DistinctBy(m => m.Name, StringComparer.Ordinal))
        {
            _people++;
            _peopleFound += coded.Any(m => HasWord(m.Name, person.FamilyName)) ? 1 : 0;
        }
    }

    public KnowledgeScore Score() => new(_items, _mentions.Count, _tags, _countryTags, _countryTagsFound, _people, _peopleFound);

    /// <summary><paramref name="count"/> mentions drawn at random without replacement, the same for the same <paramref name="seed"/> and input.</summary>
    public IReadOnlyList<SampledMention> Sample(int count, int seed)
    {
        var random = new Random(seed);
        var pool = _mentions.ToArray();
        random.Shuffle(pool);
        return pool[..Math.Min(count, pool.Length)];
    }

    private static bool HasWord(string name, string word) =>
        word.Length > 0 && name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Any(w => string.Equals(TextFold.Fold(w), TextFold.Fold(word), StringComparison.Ordinal));

    private static Dictionary<string, string> CodesByName(IReadOnlyList<Country> countries)
    {
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in countries)
        {
            foreach (var name in country.Names.Prepend(country.Name))
            {
                codes.TryAdd(name, country.Code);
            }
        }

        return codes;
    }
}
