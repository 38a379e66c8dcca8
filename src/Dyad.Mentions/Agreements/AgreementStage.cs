using System.Collections.Immutable;
using Dyad.Core.Pipeline;
using Dyad.Core.Stories;
using Dyad.Knowledge.Index;

namespace Dyad.Mentions.Agreements;

/// <summary>
/// The pipeline stage that finds named agreements and treaties (<see cref="AgreementTitles"/>, and known acronyms
/// such as "BWC"; a title inside an organisation's name is not one, nor is a treaty word alone, "our basic Treaty"),
/// links them to the known agreements, and gives each its date (from the text, else the known
/// signing date), parties and status (<see cref="StatusCues"/>). Parties are the countries and organisations named
/// in the title ("between the Russian Federation and Kyrgyzstan"), else the known parties; a "bilateral" agreement
/// with neither is between the two countries the story's actors name most often.
/// </summary>
public sealed class AgreementStage(KnownAgreements known) : IStoryStage
{
    private static readonly HashSet<string> PartyResolutions = new(StringComparer.Ordinal)
    {
        nameof(CodeResolution.Country),
        nameof(CodeResolution.Organisation),
    };

    public string Name => "agreements";

    public IReadOnlyList<string> Requires { get; } = [StoryLayers.Sentences, StoryLayers.Tokens, StoryLayers.Actors];

    public IReadOnlyList<string> Provides { get; } = [StoryLayers.Agreements];

    public Story Process(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        if (story.EffectiveDate is not { } storyDate)
        {
            return story;
        }

        var agreements = ImmutableArray.CreateBuilder<AgreementMention>();
        for (var s = 0; s < story.Sentences.Length; s++)
        {
            var sentence = story.Sentences[s];
            var floor = sentence.FirstToken;
            var named = AgreementTitles.Find(story, s, storyDate)
                .Where(t => !IsOrganisation(story, t.First, t.End) && (t.End - t.First > 1 || t.Date is not null))
                .ToList();
            var titles = named
                .Concat(Acronyms(story, sentence).Where(a => !named.Any(t => t.First <= a.First && a.End <= t.End)))
                .OrderBy(t => t.First)
                .ToList();
            foreach (var (first, end, textDate) in titles)
            {
                var start = story.Tokens[first].Start;
                var stop = story.Tokens[end - 1].End;
                var title = story.Text[start..stop];
                var agreement = (end - first == 1 ? known.FindAcronym(title) : null) ?? known.Find(title, textDate);
                var parties = Parties(story, start, stop, first);
                if (parties.IsEmpty && agreement is not null)
                {
                    parties = [.. agreement.Parties];
                }

                var status = StatusCues.Read(story, first, floor, textDate, agreement, storyDate);
                agreements.Add(new AgreementMention(title, start, stop, s, textDate ?? agreement?.SignedOn, parties, status, agreement?.Title));
                floor = end;
            }
        }

        return story with { Agreements = agreements.DrainToImmutable() };
    }

    /// <summary>A title inside an organisation's name ("the Collective Security Treaty Organisation").</summary>
    private static bool IsOrganisation(Story story, int first, int end) =>
        StoryTokens.ActorsIn(story, story.Tokens[first].Start, story.Tokens[end - 1].End)
            .Any(a => a.Resolution == nameof(CodeResolution.Organisation) && a.Start <= story.Tokens[first].Start && story.Tokens[end - 1].End <= a.End);

    /// <summary>
    /// A known acronym, written as one, among words that are not all capitals (a headline's "SEA" is no treaty) and
    /// not after a capitalised word, which makes it part of another name ("the Talakhovskaya TPP" is a power plant).
    /// </summary>
    private IEnumerable<(int First, int End, DateOnly? Date)> Acronyms(Story story, Sentence sentence)
    {
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var word = StoryTokens.Word(story, t);
            if (word.Length >= 3 && known.FindAcronym(word) is not null
                && !(t > sentence.FirstToken && char.IsUpper(StoryTokens.Word(story, t - 1)[0]))
                && !(t + 1 < end && IsCapitals(StoryTokens.Word(story, t + 1))))
            {
                yield return (t, t + 1, null);
            }
        }
    }

    private static bool IsCapitals(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && word.Any(char.IsLetter);

    private static ImmutableArray<string> Parties(Story story, int start, int end, int first)
    {
        var named = StoryTokens.ActorsIn(story, start, end)
            .Where(a => a.Code is not null && PartyResolutions.Contains(a.Resolution))
            .Select(a => a.Resolution == nameof(CodeResolution.Country) ? a.Country ?? a.Code! : a.Code!)
            .Distinct(StringComparer.Ordinal)
            .ToImmutableArray();
        if (!named.IsEmpty || first == 0 || TextFold.Fold(StoryTokens.Word(story, first - 1)) != "bilateral")
        {
            return named;
        }

        var countries = story.Actors
            .Where(a => a.Resolution == nameof(CodeResolution.Country) && a.Country is not null)
            .GroupBy(a => a.Country!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(2)
            .Select(g => g.Key)
            .ToImmutableArray();
        return countries.Length == 2 ? countries : [];
    }
}
