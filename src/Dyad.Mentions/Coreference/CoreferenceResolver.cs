using System.Collections.Immutable;
using Dyad.Core.Stories;
using Dyad.Knowledge.Index;

namespace Dyad.Mentions.Coreference;

/// <summary>
/// Links each pronoun and description of a story to an earlier referent: the candidates are the actor mentions, their
/// coordinations and the anaphors already resolved, within the anaphor's reach, of a kind, number and country the
/// anaphor accepts; the nearest sentence wins, subjects first, then the closest. A plural description with no
/// plural referent ("the two presidents" after "Putin met Japarov") takes the two nearest distinct actors.
/// </summary>
public static class CoreferenceResolver
{
    /// <summary>The links of <paramref name="story"/>, which must have its syntax and actors, in text order.</summary>
    public static IReadOnlyList<CoreferenceLink> Resolve(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var links = new List<CoreferenceLink>();
        if (story.Syntax.Length != story.Tokens.Length)
        {
            return links;
        }

        var referents = ReferentFinder.Find(story);
        var genders = new Dictionary<Actor, Gender>();
        for (var s = 0; s < story.Sentences.Length; s++)
        {
            foreach (var anaphor in AnaphorFinder.Find(story, s))
            {
                List<Referent> antecedents = Cataphor(story, anaphor, referents) is { } subject ? [subject]
                    : Best(story, anaphor, referents, genders) is { } best ? [best]
                    : anaphor.Form == AnaphorForm.Description && anaphor.Plural && (anaphor.Count == 2 || anaphor.Kinds == ReferentKinds.Person) ? Pair(anaphor, referents)
                    : [];
                if (antecedents.Count == 0)
                {
                    continue;
                }

                var anaphorHead = story.Tokens[anaphor.HeadToken];
                foreach (var actor in antecedents.SelectMany(a => a.Actors))
                {
                    var actorHead = story.Tokens[ReferentFinder.HeadToken(story, actor)];
                    links.Add(new CoreferenceLink(
                        anaphor.Span,
                        s,
                        new TextSpan(anaphorHead.Start, anaphorHead.End),
                        anaphor.Form,
                        new TextSpan(actor.Start, actor.End),
                        new TextSpan(actorHead.Start, actorHead.End),
                        actor));
                }

                var kind = antecedents.Aggregate(ReferentKinds.Any | ReferentKinds.Thing, (k, r) => k & r.Kind);
                ImmutableArray<Actor> actors = [.. antecedents.SelectMany(r => r.Actors)];
                var gender = anaphor.Gender != Gender.Unknown ? anaphor.Gender : antecedents[0].Gender;
                if (gender != Gender.Unknown && actors.Length == 1)
                {
                    genders[actors[0]] = gender;
                }

                referents.Add(new Referent(anaphor.Span, s, anaphor.HeadToken, kind == ReferentKinds.None ? anaphor.Kinds : kind, anaphor.Plural || actors.Length > 1, anaphor.IsSubject, actors, gender));
            }
        }

        return links;
    }

    private static Referent? Best(Story story, Anaphor anaphor, List<Referent> referents, Dictionary<Actor, Gender> genders)
    {
        Referent? best = null;
        var bestScore = int.MinValue;
        foreach (var referent in referents)
        {
            if (!Fits(story, anaphor, referent) || !SameGender(anaphor, referent, genders))
            {
                continue;
            }

            var score = Score(anaphor, referent);
            if (score > bestScore || (score == bestScore && best is not null && Later(referent, best)))
            {
                best = referent;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>
    /// A possessive in a phrase put before its clause's subject points forward to that subject: "During his visit to
    /// India, Vladimir Putin met ..." is Putin's visit, whoever was named before.
    /// </summary>
    private static Referent? Cataphor(Story story, Anaphor anaphor, List<Referent> referents)
    {
        if (anaphor.Form != AnaphorForm.Pronoun || anaphor.Plural || anaphor.Relation != "nmod:poss")
        {
            return null;
        }

        var first = story.Sentences[anaphor.Sentence].FirstToken;
        if (story.Syntax[anaphor.HeadToken].Head < 0)
        {
            return null;
        }

        // "In the course of his visit": the possessed noun may hang from the phrase's own head.
        var phrase = first + story.Syntax[anaphor.HeadToken].Head;
        for (var steps = 0; steps < 2 && story.Syntax[phrase].Relation == "nmod" && story.Syntax[phrase].Head >= 0; steps++)
        {
            phrase = first + story.Syntax[phrase].Head;
        }

        if (story.Syntax[phrase].Relation is not ("obl" or "advcl") || story.Syntax[phrase].Head < 0)
        {
            return null;
        }

        var clause = first + story.Syntax[phrase].Head;
        return referents.FirstOrDefault(r => r.Sentence == anaphor.Sentence && r.Actors.Length == 1 && r.HeadToken > anaphor.HeadToken
            && ReferentFinder.IsSubject(story.Syntax[ReferentFinder.PhraseHead(story, r.HeadToken)].Relation)
            && first + story.Syntax[ReferentFinder.PhraseHead(story, r.HeadToken)].Head == clause
            && (r.Kind & anaphor.Kinds) != 0);
    }

    /// <summary>The nearer one; over the same start, the one with actors.</summary>
    private static bool Later(Referent referent, Referent best) =>
        referent.Span.Start > best.Span.Start || (referent.Span.Start == best.Span.Start && referent.Actors.Length > best.Actors.Length);

    /// <summary>A gender the referent shows, or an earlier pronoun showed for its actor, must not clash with the anaphor's.</summary>
    private static bool SameGender(Anaphor anaphor, Referent referent, Dictionary<Actor, Gender> genders)
    {
        var gender = referent.Gender;
        if (gender == Gender.Unknown && referent.Actors.Length == 1)
        {
            gender = genders.GetValueOrDefault(referent.Actors[0]);
        }

        return anaphor.Gender == Gender.Unknown || gender == Gender.Unknown || gender == anaphor.Gender;
    }

    /// <summary>
    /// Sentence distance dominates; a subject gains, more so when the anaphor is a subject too; a bare title with no
    /// country ("the heads of state" left unresolved) yields to an equal candidate that has one.
    /// </summary>
    private static int Score(Anaphor anaphor, Referent referent) =>
        (-10 * (anaphor.Sentence - referent.Sentence)) + (referent.Subject ? 4 : 0) + (referent.Subject && anaphor.IsSubject ? 2 : 0)
        - (referent.Actors.Length > 0 && referent.Actors.All(a => a.Country is null) ? 1 : 0);

    /// <summary>
    /// A title ("the presidents", "the heads of state") points back to people of a known country, never to a plain noun
    /// phrase ("acts of attack") or a group noun with no country ("terrorist organisations").
    /// </summary>
    private static bool Fits(Story story, Anaphor anaphor, Referent referent) =>
        Reaches(anaphor, referent)
        && (referent.Kind & anaphor.Kinds) != 0
        && referent.Plural == anaphor.Plural
        && (anaphor.Count != 2 || referent.Actors.Length == 2)
        && !(anaphor.Form == AnaphorForm.Description && anaphor.Kinds == ReferentKinds.Person && (referent.Actors.IsEmpty || referent.Actors.Any(a => a.Country is null)))
        && (anaphor.Country is null || referent.Country == anaphor.Country)
        && !IsGroupForTitle(story, anaphor, referent)
        && !Bound(story, anaphor, referent);

    /// <summary>
    /// "The presidents" are people with a title, never a group noun that counts as people only for being plural
    /// ("the Russian Aerospace Forces"): a title description does not take a group mention whose head is no person noun.
    /// </summary>
    private static bool IsGroupForTitle(Story story, Anaphor anaphor, Referent referent) =>
        anaphor.Form == AnaphorForm.Description
        && ReferringWords.PersonNouns.Contains(story.Syntax[anaphor.HeadToken].Lemma)
        && referent.Actors.All(a => a.Resolution is nameof(CodeResolution.CountryAgent) or nameof(CodeResolution.AgentOnly))
        && !ReferringWords.PersonNouns.Contains(story.Syntax[referent.HeadToken].Lemma)
        && !ReferringWords.HumanNouns.Contains(story.Syntax[referent.HeadToken].Lemma);

    private static bool Reaches(Anaphor anaphor, Referent referent) =>
        referent.Span.End <= anaphor.Span.Start && anaphor.Sentence - referent.Sentence <= anaphor.Reach;

    /// <summary>A plain object pronoun cannot be the subject of its own verb ("Putin praised him" is not Putin).</summary>
    private static bool Bound(Story story, Anaphor anaphor, Referent referent)
    {
        if (anaphor.Form != AnaphorForm.Pronoun || referent.Sentence != anaphor.Sentence || !referent.Subject || anaphor.Relation is "nmod:poss" || anaphor.Relation.StartsWith("nsubj", StringComparison.Ordinal))
        {
            return false;
        }

        var form = story.Tokens[anaphor.HeadToken].ToString(story.Text);
        return !form.EndsWith("self", StringComparison.OrdinalIgnoreCase) && !form.EndsWith("selves", StringComparison.OrdinalIgnoreCase)
            && story.Syntax[anaphor.HeadToken].Head == story.Syntax[ReferentFinder.PhraseHead(story, referent.HeadToken)].Head;
    }

    /// <summary>The two nearest distinct single actors of the kind a plural description names, or none.</summary>
    private static List<Referent> Pair(Anaphor anaphor, List<Referent> referents)
    {
        var chosen = new List<Referent>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var referent in referents
            .Where(r => r.Actors.Length == 1 && !r.Plural && Reaches(anaphor, r) && (r.Kind & anaphor.Kinds) != 0 && !(anaphor.Kinds == ReferentKinds.Any && r.Kind == ReferentKinds.Organisation))
            .OrderByDescending(r => r.Span.Start))
        {
            var actor = referent.Actors[0];
            var key = anaphor.Kinds == ReferentKinds.Any ? actor.Country ?? actor.Name : actor.Code ?? actor.Name;
            if (seen.Add(key))
            {
                chosen.Add(referent);
            }

            if (chosen.Count == 2)
            {
                chosen.Reverse();
                return chosen;
            }
        }

        return [];
    }
}
