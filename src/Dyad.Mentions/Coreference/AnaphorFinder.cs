using Dyad.Core.Stories;

namespace Dyad.Mentions.Coreference;

/// <summary>
/// Finds the third-person pronouns and the definite descriptions ("the president", "the two leaders", "both
/// countries", "the Kyrgyz leader") of a sentence from its parse.
/// </summary>
internal static class AnaphorFinder
{
    public static IEnumerable<Anaphor> Find(Story story, int sentenceIndex)
    {
        var sentence = story.Sentences[sentenceIndex];
        for (var t = 0; t < sentence.TokenCount; t++)
        {
            var token = sentence.FirstToken + t;
            var syntax = story.Syntax[token];
            var form = story.Tokens[token].ToString(story.Text);
            if (ReferringWords.Pronouns.TryGetValue(form, out var pronoun))
            {
                if (!IsPleonastic(story, sentence, t, form))
                {
                    yield return new Anaphor(Span(story, token, token), sentenceIndex, token, AnaphorForm.Pronoun, pronoun.Kinds, pronoun.Plural, 0, null, syntax.Relation, ReferringWords.GenderOf(form));
                }
            }
            else if (syntax.Upos is "NOUN" or "PROPN" && Description(story, sentence, sentenceIndex, t) is { } description)
            {
                yield return description;
            }
        }
    }

    private static Anaphor? Description(Story story, Sentence sentence, int sentenceIndex, int head)
    {
        var token = sentence.FirstToken + head;
        var syntax = story.Syntax[token];
        var plural = syntax.Xpos is "NNS" or "NNPS";
        var kinds = ReferringWords.KindsOfNoun(syntax.Lemma, plural);
        // A proper noun after "the" is a name ("the United Nations"), unless it is a title ("the President").
        if (kinds == ReferentKinds.None || syntax.Relation is "compound" or "flat" || (syntax.Upos == "PROPN" && !ReferringWords.PersonNouns.Contains(syntax.Lemma)))
        {
            return null;
        }

        var definite = false;
        var count = 0;
        var first = head;
        var last = head;
        for (var t = 0; t < sentence.TokenCount; t++)
        {
            var child = story.Syntax[sentence.FirstToken + t];
            if (child.Head != head)
            {
                continue;
            }

            var word = story.Tokens[sentence.FirstToken + t].ToString(story.Text);
            switch (child.Relation)
            {
                // A name in apposition or a cop makes it a new naming or a predicate, not a reference back.
                case "appos" or "flat" or "cop" or "nmod:poss":
                    return null;
                case "compound" when child.Upos == "PROPN" && t < head && !IsCountryWord(story, story.Tokens[sentence.FirstToken + t], story.Tokens[token]):
                    return null;
                case "det" or "det:predet" or "cc:preconj" when word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("both", StringComparison.OrdinalIgnoreCase):
                    definite = true;
                    count = word.Equals("both", StringComparison.OrdinalIgnoreCase) ? 2 : count;
                    first = Math.Min(first, t);
                    break;
                case "nummod" when word.Equals("two", StringComparison.OrdinalIgnoreCase):
                    count = 2;
                    first = Math.Min(first, t);
                    break;
                case "amod" or "compound" when t < head:
                    first = Math.Min(first, t);
                    break;
                case "nmod" when IsOfState(story, sentence, t):
                    last = Math.Max(last, t);
                    break;
                case "nmod" or "acl:relcl" when t > head && child.Upos == "PROPN":
                    return null;
                default:
                    break;
            }
        }

        if (!definite || (kinds == ReferentKinds.Any && count == 0 && !plural))
        {
            return null;
        }

        var span = Span(story, sentence.FirstToken + first, sentence.FirstToken + last);
        return new Anaphor(span, sentenceIndex, token, AnaphorForm.Description, kinds, plural, plural ? count : 1, CountryWithin(story, span, story.Tokens[token]), syntax.Relation, ReferringWords.GenderOf(syntax.Lemma));
    }

    /// <summary>
    /// A country's name or adjective tagged as a proper noun ("the Kyrgyz leader") does not make a name, when the
    /// mention it is in is the country or covers the description's head too; "the Israeli Air Force commander" is
    /// the commander of a named force, a new mention.
    /// </summary>
    private static bool IsCountryWord(Story story, Token token, Token head) =>
        story.Actors.Any(a => a.Start <= token.Start && token.End <= a.End && a.Country is not null
            && (a.Resolution == "Country" || (a.Resolution == "CountryAgent" && a.Start <= head.Start && head.End <= a.End)));

    /// <summary>
    /// "heads of state": the bare common noun "of state" belongs to the title; "the President of the United States"
    /// names a country, so it is a new mention and no reference back.
    /// </summary>
    private static bool IsOfState(Story story, Sentence sentence, int t) =>
        story.Syntax[sentence.FirstToken + t] is { Upos: "NOUN", Xpos: "NN" } state && state.Lemma.Equals("state", StringComparison.OrdinalIgnoreCase);

    /// <summary>The country of an actor-stage mention inside the description before its head ("the Kyrgyz leader").</summary>
    private static string? CountryWithin(Story story, TextSpan span, Token head) =>
        story.Actors.FirstOrDefault(a => a.Start >= span.Start && a.Start < head.Start && a.End <= span.End && a.Country is not null)?.Country;

    /// <summary>"it" that refers to nothing: an expletive, or the subject of a predicate with a clause ("it is likely that").</summary>
    private static bool IsPleonastic(Story story, Sentence sentence, int t, string form)
    {
        var syntax = story.Syntax[sentence.FirstToken + t];
        if (!form.Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (syntax.Relation == "expl" || syntax.Head < 0)
        {
            return syntax.Relation == "expl";
        }

        var predicate = story.Syntax[sentence.FirstToken + syntax.Head];
        if (predicate.Lemma is "seem" or "appear" or "rain" or "happen" or "take")
        {
            return true;
        }

        var copula = false;
        var clause = false;
        for (var c = 0; c < sentence.TokenCount; c++)
        {
            var child = story.Syntax[sentence.FirstToken + c];
            if (child.Head == syntax.Head)
            {
                copula |= child.Relation == "cop";
                clause |= child.Relation is "ccomp" or "csubj" or "xcomp" or "advcl";
            }
        }

        return copula && clause;
    }

    private static TextSpan Span(Story story, int first, int last) => new(story.Tokens[first].Start, story.Tokens[last].End);
}
