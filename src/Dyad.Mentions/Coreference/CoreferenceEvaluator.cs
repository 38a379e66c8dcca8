using Dyad.Core.Stories;

namespace Dyad.Mentions.Coreference;

/// <summary>
/// Scores coreference links against GUM gold for person, organisation and place entities.
/// <para>
/// A predicted mention matches the gold mentions whose head word overlaps its head token; when none does, the gold
/// mention that overlaps it most. A predicted link is correct when some gold entity holds a match of both its
/// anaphor and its antecedent. The gold links are the mentions of those entities that have an earlier mention of
/// the same entity and are not headed by a proper noun (pronouns and descriptions, what the resolver links); a gold
/// link is found when a correct predicted link's anaphor matches it with its entity.
/// </para>
/// </summary>
public static class CoreferenceEvaluator
{
    private static readonly HashSet<string> ScoredTypes = new(StringComparer.Ordinal) { "person", "organization", "place" };

    /// <summary>Scores the documents; <paramref name="analyse"/> runs the stages before coreference on a story.</summary>
    public static CoreferenceScore Evaluate(IEnumerable<GumDocument> documents, Func<Story, Story> analyse)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(analyse);
        var total = new CoreferenceScore();
        foreach (var document in documents)
        {
            var story = analyse(document.ToStory());
            total = Add(total, Score(document, story, CoreferenceResolver.Resolve(story)));
        }

        return total;
    }

    /// <summary>The scores of one document's predicted links.</summary>
    public static CoreferenceScore Score(GumDocument document, Story story, IReadOnlyList<CoreferenceLink> links)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(links);
        var mentions = document.Mentions;
        var gold = GoldAnaphors(mentions);
        var recalled = new HashSet<GumMention>();
        int correct = 0, pronouns = 0, pronounsCorrect = 0, anaphorNotGold = 0, antecedentNotGold = 0, wrongEntity = 0;
        foreach (var link in links)
        {
            var anaphors = Match(mentions, link.Anaphor, link.AnaphorHead);
            var antecedents = Match(mentions, link.Antecedent, link.AntecedentHead);
            var shared = anaphors.Select(m => m.Entity).Intersect(antecedents.Select(m => m.Entity), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
            var isPronoun = link.Form == AnaphorForm.Pronoun;
            pronouns += isPronoun ? 1 : 0;
            if (shared.Count > 0)
            {
                correct++;
                pronounsCorrect += isPronoun ? 1 : 0;
                recalled.UnionWith(anaphors.Where(m => shared.Contains(m.Entity) && gold.Contains(m)));
            }
            else if (anaphors.Count == 0)
            {
                anaphorNotGold++;
            }
            else if (antecedents.Count == 0)
            {
                antecedentNotGold++;
            }
            else
            {
                wrongEntity++;
            }
        }

        return new CoreferenceScore
        {
            Documents = 1,
            Links = links.Count,
            Correct = correct,
            GoldLinks = gold.Count,
            Recalled = recalled.Count,
            PronounLinks = pronouns,
            PronounCorrect = pronounsCorrect,
            DescriptionLinks = links.Count - pronouns,
            DescriptionCorrect = correct - pronounsCorrect,
            AnaphorNotGold = anaphorNotGold,
            AntecedentNotGold = antecedentNotGold,
            WrongEntity = wrongEntity,
            MissedWithoutActor = gold.Count(g => !recalled.Contains(g) && !HasActorBefore(mentions, g, story.Actors)),
        };
    }

    private static HashSet<GumMention> GoldAnaphors(IReadOnlyList<GumMention> mentions)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var anaphors = new HashSet<GumMention>();
        foreach (var mention in mentions.Where(m => ScoredTypes.Contains(m.Type)).OrderBy(m => m.Head.Start))
        {
            if (!seen.Add(mention.Entity) && mention.HeadUpos != "PROPN")
            {
                anaphors.Add(mention);
            }
        }

        return anaphors;
    }

    private static List<GumMention> Match(IReadOnlyList<GumMention> mentions, TextSpan span, TextSpan head)
    {
        var byHead = mentions.Where(m => Overlap(m.Head, head) > 0).ToList();
        if (byHead.Count > 0)
        {
            return byHead;
        }

        var best = mentions.Where(m => Overlap(m.Span, span) > 0).OrderByDescending(m => Overlap(m.Span, span)).ThenBy(m => m.Span.Length).FirstOrDefault();
        return best is null ? [] : [best];
    }

    private static bool HasActorBefore(IReadOnlyList<GumMention> mentions, GumMention anaphor, IReadOnlyList<Actor> actors) =>
        mentions.Any(m => m.Entity == anaphor.Entity && m.Span.End <= anaphor.Span.Start
            && actors.Any(a => Overlap(m.Span, new TextSpan(a.Start, a.End)) > 0 && !a.Resolution.StartsWith(CoreferenceStage.Resolution, StringComparison.Ordinal)));

    private static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    private static CoreferenceScore Add(CoreferenceScore a, CoreferenceScore b) => new()
    {
        Documents = a.Documents + b.Documents,
        Links = a.Links + b.Links,
        Correct = a.Correct + b.Correct,
        GoldLinks = a.GoldLinks + b.GoldLinks,
        Recalled = a.Recalled + b.Recalled,
        PronounLinks = a.PronounLinks + b.PronounLinks,
        PronounCorrect = a.PronounCorrect + b.PronounCorrect,
        DescriptionLinks = a.DescriptionLinks + b.DescriptionLinks,
        DescriptionCorrect = a.DescriptionCorrect + b.DescriptionCorrect,
        AnaphorNotGold = a.AnaphorNotGold + b.AnaphorNotGold,
        AntecedentNotGold = a.AntecedentNotGold + b.AntecedentNotGold,
        WrongEntity = a.WrongEntity + b.WrongEntity,
        MissedWithoutActor = a.MissedWithoutActor + b.MissedWithoutActor,
    };
}
