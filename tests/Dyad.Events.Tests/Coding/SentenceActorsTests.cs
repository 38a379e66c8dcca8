using Dyad.Core.Stories;
using Dyad.Events.Coding;

namespace Dyad.Events.Tests.Coding;

public sealed class SentenceActorsTests
{
    [Fact]
    public void Of_TitleWithItsNameHungBesideIt_IsThePersonNamed()
    {
        // "a meeting with President of Belarus Alexander Lukashenko", with the name hung on "meeting" beside the title.
        var story = ParsedSentence.StoryOf(
            ("a", "DET", 1, "det"), ("meeting", "NOUN", -1, "root"), ("with", "ADP", 3, "case"), ("President", "PROPN", 1, "nmod"),
            ("of", "ADP", 6, "case"), ("Belarus", "PROPN", 6, "nmod:desc"), ("Alexander", "PROPN", 1, "nmod"), ("Lukashenko", "PROPN", 6, "flat"));
        story = story with
        {
            Actors =
            [
                MentionOf(story, 3, 3, new Actor(0, 0, 0, "GOV", null, "GOV", "president", "AgentOnly")),
                MentionOf(story, 5, 5, new Actor(0, 0, 0, "BLR", "BLR", null, "Belarus", "Country")),
                MentionOf(story, 6, 7, new Actor(0, 0, 0, "BLRGOV", "BLR", "GOV", "Alexander Lukashenko", "PersonRole")),
            ],
        };
        var tree = new SentenceTree(story, 0);

        var actors = new SentenceActors(story, tree).Of(tree, 3);

        Assert.Equal(["BLRGOV"], actors.Select(a => a.Code));
    }

    [Fact]
    public void Of_TitleBeforeAPhraseNamingNoPerson_NamesNobody()
    {
        // "talks with the President in Belarus": a country beside the title is no name of its holder.
        var story = ParsedSentence.StoryOf(
            ("talks", "NOUN", -1, "root"), ("with", "ADP", 3, "case"), ("the", "DET", 3, "det"), ("President", "PROPN", 0, "nmod"),
            ("in", "ADP", 5, "case"), ("Belarus", "PROPN", 0, "nmod"));
        story = story with
        {
            Actors =
            [
                MentionOf(story, 3, 3, new Actor(0, 0, 0, "GOV", null, "GOV", "president", "AgentOnly")),
                MentionOf(story, 5, 5, new Actor(0, 0, 0, "BLR", "BLR", null, "Belarus", "Country")),
            ],
        };
        var tree = new SentenceTree(story, 0);

        var actors = new SentenceActors(story, tree).Of(tree, 3);

        Assert.Empty(actors);
    }

    [Theory]
    [InlineData(true, "IGOEEC")]
    [InlineData(false, "ARMGOV")]
    public void Of_TitleInACapital_IsItsOwnModifiersElseTheCapitalsCountrys(bool euModifier, string expected)
    {
        // "met the EU envoy in Yerevan" is the EU's envoy; "met the envoy in Yerevan" Armenia's.
        var story = ParsedSentence.StoryOf(
            ("met", "VERB", -1, "root"), ("the", "DET", 3, "det"), (euModifier ? "EU" : "chief", euModifier ? "PROPN" : "ADJ", 3, euModifier ? "compound" : "amod"),
            ("envoy", "NOUN", 0, "obj"), ("in", "ADP", 5, "case"), ("Yerevan", "PROPN", 3, "nmod"));
        var envoy = MentionOf(story, 3, 3, new Actor(0, 0, 0, "GOV", null, "GOV", "envoy", "AgentOnly"));
        var capital = MentionOf(story, 5, 5, new Actor(0, 0, 0, "ARMGOV", "ARM", "GOV", "Yerevan", "CapitalForGovernment"));
        var eu = MentionOf(story, 2, 2, new Actor(0, 0, 0, "IGOEEC", null, null, "European Union", "Organisation"));
        story = story with { Actors = euModifier ? [eu, envoy, capital] : [envoy, capital] };
        var tree = new SentenceTree(story, 0);

        var actors = new SentenceActors(story, tree).Of(tree, 3);

        Assert.Equal([expected], actors.Select(a => a.Code));
    }

    [Fact]
    public void Of_NounModifiedByCoordinatedNames_IsEveryNamedMember()
    {
        // "meet Eriador and Rohan leaders", with "Rohan" a conjunct of "Eriador", which modifies "leaders".
        var story = ParsedSentence.StoryOf(
            ("meet", "VERB", -1, "root"), ("Eriador", "PROPN", 4, "compound"), ("and", "CCONJ", 3, "cc"), ("Rohan", "PROPN", 1, "conj"),
            ("leaders", "NOUN", 0, "obj"));
        story = story with
        {
            Actors =
            [
                MentionOf(story, 1, 1, new Actor(0, 0, 0, "ERI", "ERI", null, "Eriador", "Country")),
                MentionOf(story, 3, 3, new Actor(0, 0, 0, "ROH", "ROH", null, "Rohan", "Country")),
            ],
        };
        var tree = new SentenceTree(story, 0);

        var actors = new SentenceActors(story, tree).Of(tree, 4);

        Assert.Equal(["ERI", "ROH"], actors.Select(a => a.Code));
    }

    [Fact]
    public void Of_SecondTitleHungAsAConjunctOfTheFirstTitlesCountry_IsAMemberToo()
    {
        // "President of Armenia Pashinyan and President of Kazakhstan Tokayev", with the second "President" a conjunct of "Armenia".
        var story = ParsedSentence.StoryOf(
            ("President", "PROPN", -1, "root"), ("of", "ADP", 2, "case"), ("Armenia", "PROPN", 0, "nmod"), ("Pashinyan", "PROPN", 2, "flat"),
            ("and", "CCONJ", 5, "cc"), ("President", "PROPN", 2, "conj"), ("of", "ADP", 7, "case"), ("Kazakhstan", "PROPN", 5, "nmod"),
            ("Tokayev", "PROPN", 7, "flat"));
        story = story with
        {
            Actors =
            [
                MentionOf(story, 0, 0, new Actor(0, 0, 0, "GOV", null, "GOV", "president", "AgentOnly")),
                MentionOf(story, 2, 2, new Actor(0, 0, 0, "ARM", "ARM", null, "Armenia", "Country")),
                MentionOf(story, 3, 3, new Actor(0, 0, 0, "ARMGOV", "ARM", "GOV", "Nikol Pashinyan", "PersonRole")),
                MentionOf(story, 5, 5, new Actor(0, 0, 0, "GOV", null, "GOV", "president", "AgentOnly")),
                MentionOf(story, 7, 7, new Actor(0, 0, 0, "KAZ", "KAZ", null, "Kazakhstan", "Country")),
                MentionOf(story, 8, 8, new Actor(0, 0, 0, "KAZGOV", "KAZ", "GOV", "Kassym-Jomart Tokayev", "PersonRole")),
            ],
        };
        var tree = new SentenceTree(story, 0);

        var actors = new SentenceActors(story, tree).Of(tree, 0);

        Assert.Equal(["ARMGOV", "KAZGOV"], actors.Select(a => a.Code));
    }

    private static Actor MentionOf(Story story, int first, int last, Actor actor) =>
        actor with { Start = story.Tokens[first].Start, End = story.Tokens[last].End };
}
