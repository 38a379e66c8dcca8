using System.Collections.Immutable;
using Dyad.Core.Pipeline;
using Dyad.Core.Stories;
using Dyad.Knowledge.Index;

namespace Dyad.Mentions.Places;

/// <summary>
/// The pipeline stage that finds place mentions in the sentences and resolves the dateline's place. A place name
/// counts when it starts with a capital letter, is not part of an actor mention, and, at the start of a sentence,
/// is tagged a proper noun when the story has syntax ("Split", "Nice"). A country name counts as a place only after
/// a locative preposition ("in Kyrgyzstan", "across Syria"); after "to" or "from" a country is usually an actor
/// ("sent troops to Mali"), so it is left to the actor stage. A name several places share is resolved to the one
/// in a country of the story's actors or dateline (see <see cref="PlaceIndex.Resolve"/>).
/// </summary>
public sealed class PlaceStage(PlaceIndex index) : IStoryStage
{
    private static readonly HashSet<string> Locatives = new(StringComparer.Ordinal) { "in", "at", "near", "inside", "within", "across", "throughout", "outside" };

    private static readonly HashSet<string> Journeys = new(StringComparer.Ordinal) { "visit", "visits", "trip", "trips", "tour", "journey" };

    public string Name => "places";

    public IReadOnlyList<string> Requires { get; } = [StoryLayers.Dateline, StoryLayers.Sentences, StoryLayers.Tokens, StoryLayers.Actors];

    public IReadOnlyList<string> Provides { get; } = [StoryLayers.Places];

    public Story Process(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var actorCountries = story.Actors.Select(a => a.Country).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var datelinePlace = ResolveDateline(story.Dateline?.Place, actorCountries);
        var storyCountries = datelinePlace is null ? actorCountries : [.. actorCountries, datelinePlace.Country];
        var places = ImmutableArray.CreateBuilder<PlaceMention>();
        for (var s = 0; s < story.Sentences.Length; s++)
        {
            Find(story, s, storyCountries, places);
        }

        return story with { Places = places.DrainToImmutable(), DatelinePlace = datelinePlace };
    }

    /// <summary>
    /// The dateline's place: its name ("MOSCOW"), else the part before a comma or slash ("KYIV, Ukraine"), with a
    /// country named after the comma taken as a story country.
    /// </summary>
    private ResolvedPlace? ResolveDateline(string? place, HashSet<string> actorCountries)
    {
        if (string.IsNullOrWhiteSpace(place))
        {
            return null;
        }

        var parts = place.Split([',', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var countries = new HashSet<string>(actorCountries, StringComparer.Ordinal);
        foreach (var part in parts.Skip(1))
        {
            countries.UnionWith(index.Lookup(part).Where(e => e.IsCountry).Select(e => e.Country));
        }

        foreach (var name in new[] { place }.Concat(parts.Take(1)))
        {
            var entries = index.Lookup(name).Where(e => !e.IsCountry).ToList();
            if (entries.Count > 0)
            {
                return PlaceIndex.Resolve(entries, countries);
            }
        }

        return null;
    }

    private void Find(Story story, int s, IReadOnlySet<string> storyCountries, ImmutableArray<PlaceMention>.Builder places)
    {
        var sentence = story.Sentences[s];
        var words = story.Words(sentence);
        var folded = words.Select(TextFold.Fold).ToArray();
        var i = 0;
        while (i < words.Length)
        {
            if (!char.IsUpper(words[i][0]) || index.Longest(folded, i) is not { } found)
            {
                i++;
                continue;
            }

            var locative = (i > 0 && Locatives.Contains(folded[i - 1])) || IsDestination(folded, i);
            var entries = found.Entries.Where(e => locative || !e.IsCountry).ToList();
            var start = story.Tokens[sentence.FirstToken + i].Start;
            var end = story.Tokens[sentence.FirstToken + i + found.Length - 1].End;
            if (entries.Count == 0 || InsideActor(story, start, end) || (i == 0 && !IsProperNoun(story, sentence, found.Length)))
            {
                i++;
                continue;
            }

            places.Add(new PlaceMention(start, end, s, i, i + found.Length, PlaceIndex.Resolve(entries, storyCountries)));
            i += found.Length;
        }
    }

    /// <summary>Whether the name at <paramref name="i"/> is where a visit goes: "a visit to (the) X", "his trip to X".</summary>
    private static bool IsDestination(string[] folded, int i)
    {
        var to = i > 0 && folded[i - 1] == "the" ? i - 2 : i - 1;
        return to >= 1 && folded[to] == "to" && Journeys.Contains(folded[to - 1]);
    }

    /// <summary>
    /// Part of an actor mention ("George Washington", "the Moscow City Court"), other than a country actor that is the
    /// place itself ("in Kyrgyzstan").
    /// </summary>
    private static bool InsideActor(Story story, int start, int end) =>
        story.Actors.Any(a => a.Start < end && start < a.End && !(a.Start == start && a.End == end && a.Resolution == nameof(CodeResolution.Country)));

    /// <summary>Any token of the name tagged PROPN; true when the story has no syntax, since then the capital is all there is to go on.</summary>
    private static bool IsProperNoun(Story story, Sentence sentence, int length) =>
        story.Syntax.Length != story.Tokens.Length
        || Enumerable.Range(sentence.FirstToken, length).Any(t => story.Syntax[t].Upos == "PROPN");
}
