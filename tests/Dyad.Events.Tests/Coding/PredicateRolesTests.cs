using Dyad.Events.Coding;

namespace Dyad.Events.Tests.Coding;

public sealed class PredicateRolesTests
{
    [Fact]
    public void Subject_FullVerbParsedAsAuxiliaryOfALaterVerb_IsThatVerbsSubject()
    {
        // "Arnor will abandon relations after crowds trashed its embassy", with "abandon" hung on "trashed" as "aux".
        var tree = ParsedSentence.Of(
            ("Arnor", "PROPN", 6, "nsubj"), ("will", "AUX", 6, "aux"), ("abandon", "VERB", 6, "aux"), ("relations", "NOUN", 2, "obj"),
            ("after", "ADP", 5, "case"), ("crowds", "NOUN", 2, "obl"), ("trashed", "VERB", -1, "root"), ("its", "PRON", 8, "nmod:poss"),
            ("embassy", "NOUN", 6, "obj"));

        var roles = new PredicateRoles(tree, 2, isNoun: false, _ => true);

        Assert.Equal((0, 3), (roles.Subject, roles.Object));
    }

    [Fact]
    public void Subject_AuxiliaryWordOfAVerb_GivesNoSubjectOfItsOwn()
    {
        // "will" is a real auxiliary: it is no predicate that takes the clause's subject.
        var tree = ParsedSentence.Of(("Arnor", "PROPN", 2, "nsubj"), ("will", "AUX", 2, "aux"), ("sign", "VERB", -1, "root"));

        var roles = new PredicateRoles(tree, 1, isNoun: false, _ => true);

        Assert.Equal(-1, roles.Subject);
    }

    [Fact]
    public void Subject_TwoSubjectsOfOneVerb_IsTheOneNamingAnActor()
    {
        // "Old foe Gondor and Osgiliath have renewed ties", with "foe" and "Gondor" both hung on the verb as subjects.
        var tree = ParsedSentence.Of(
            ("Old", "ADJ", 1, "amod"), ("foe", "NOUN", 6, "nsubj"), ("Gondor", "PROPN", 6, "nsubj"), ("and", "CCONJ", 4, "cc"),
            ("Osgiliath", "PROPN", 2, "conj"), ("have", "AUX", 6, "aux"), ("renewed", "VERB", -1, "root"), ("ties", "NOUN", 6, "obj"));

        var roles = new PredicateRoles(tree, 6, isNoun: false, head => head is 2 or 4);

        Assert.Equal(2, roles.Subject);
    }

    [Fact]
    public void Object_NounAfterTheVerbHungOnAnEarlierVerb_IsTheVerbsObject()
    {
        // "Bree condemned the attack and promised aid to Rohan", with "aid" hung on "condemned" with no preposition.
        var tree = ParsedSentence.Of(
            ("Bree", "PROPN", 1, "nsubj"), ("condemned", "VERB", -1, "root"), ("the", "DET", 3, "det"), ("attack", "NOUN", 1, "obj"),
            ("and", "CCONJ", 5, "cc"), ("promised", "VERB", 1, "conj"), ("aid", "NOUN", 1, "obl"), ("to", "ADP", 8, "case"),
            ("Rohan", "PROPN", 6, "nmod"));

        var roles = new PredicateRoles(tree, 5, isNoun: false, _ => true);

        Assert.Equal(6, roles.Object);
        Assert.Equal([(8, "to")], roles.Phrases);
    }

    [Fact]
    public void Object_PhraseAfterTheVerbWithAPreposition_IsNoObject()
    {
        // "Bree condemned the attack and promised on Monday": a phrase with a preposition is no stranded object.
        var tree = ParsedSentence.Of(
            ("Bree", "PROPN", 1, "nsubj"), ("condemned", "VERB", -1, "root"), ("the", "DET", 3, "det"), ("attack", "NOUN", 1, "obj"),
            ("and", "CCONJ", 5, "cc"), ("promised", "VERB", 1, "conj"), ("on", "ADP", 7, "case"), ("Monday", "NOUN", 1, "obl"));

        var roles = new PredicateRoles(tree, 5, isNoun: false, _ => true);

        Assert.Equal(-1, roles.Object);
    }

    [Fact]
    public void Subject_ListSplitWithItsLastMemberOnAConjoinedVerb_IsTheWholeList()
    {
        // "Mordor, Arnor, and Gondor welcomed the talks, the agency said", with "welcomed" a conjunct of "Mordor",
        // "Gondor" its subject, and "Mordor" a second subject of "said".
        var tree = ParsedSentence.Of(
            ("Mordor", "PROPN", 12, "nsubj"), (",", "PUNCT", 2, "punct"), ("Arnor", "PROPN", 0, "conj"), (",", "PUNCT", 6, "punct"),
            ("and", "CCONJ", 6, "cc"), ("Gondor", "PROPN", 6, "nsubj"), ("welcomed", "VERB", 0, "conj"), ("the", "DET", 8, "det"),
            ("talks", "NOUN", 6, "obj"), (",", "PUNCT", 8, "punct"), ("the", "DET", 11, "det"), ("agency", "NOUN", 12, "nsubj"),
            ("said", "VERB", -1, "root"));

        var welcomed = new PredicateRoles(tree, 6, isNoun: false, head => head is 0 or 2 or 5);
        var said = new PredicateRoles(tree, 12, isNoun: false, head => head is 0 or 2 or 5);

        Assert.Equal((0, 11), (welcomed.Subject, said.Subject));
        Assert.Equal([0, 2, 5], tree.Conjuncts(0));
    }

    [Theory]
    [InlineData("PROPN", true)]
    [InlineData("NOUN", false)]
    public void Phrases_PhraseHungOnANameInAPhrase_IsThePredicates(string upos, bool expected)
    {
        // "strikes by Russia on Ukraine", with "on Ukraine" hung on "Russia"; a common noun may take a phrase of its own.
        var tree = ParsedSentence.Of(
            ("strikes", "NOUN", -1, "root"), ("by", "ADP", 2, "case"), ("Russia", upos, 0, "nmod"), ("on", "ADP", 4, "case"),
            ("Ukraine", "PROPN", 2, "nmod"));

        var roles = new PredicateRoles(tree, 0, isNoun: true, _ => true);

        Assert.Equal(expected, roles.Phrases.Contains((4, "on")));
    }

    [Theory]
    [InlineData("according", 0)]
    [InlineData("thanks", -1)]
    public void NamingSubject_AttributionHungOnANounOfTheClause_IsTheClausesSubject(string preposition, int expected)
    {
        // "Arnor praised the progress of the talks, according to a statement that was adopted", with the statement
        // hung on "talks"; "thanks to a statement" is no attribution of the clause.
        var story = ParsedSentence.StoryOf(
            ("Arnor", "PROPN", 1, "nsubj"), ("praised", "VERB", -1, "root"), ("progress", "NOUN", 1, "obj"), ("of", "ADP", 4, "case"),
            ("talks", "NOUN", 2, "nmod"), (preposition, "ADP", 8, "case"), ("to", "ADP", 5, "fixed"), ("a", "DET", 8, "det"),
            ("statement", "NOUN", 4, "nmod"), ("that", "PRON", 11, "nsubj:pass"), ("was", "AUX", 11, "aux:pass"), ("adopted", "VERB", 8, "acl:relcl"));
        var tree = new SentenceTree(story with { Syntax = story.Syntax.SetItem(9, story.Syntax[9] with { Features = "PronType=Rel" }) }, 0);

        var roles = new PredicateRoles(tree, 11, isNoun: false, _ => true);

        Assert.Equal(expected, roles.NamingSubject());
    }

    [Fact]
    public void NamingSubject_AttributionHungBelowAParticipleOnANoun_IsTheSubjectOfTheClauseAbove()
    {
        // "Arnor noted the importance of developing bases in Bree, according to a statement that was adopted", with
        // the statement hung on "Bree" inside "developing", which only modifies "importance".
        var story = ParsedSentence.StoryOf(
            ("Arnor", "PROPN", 1, "nsubj"), ("noted", "VERB", -1, "root"), ("importance", "NOUN", 1, "obj"), ("of", "SCONJ", 4, "mark"),
            ("developing", "VERB", 2, "acl"), ("bases", "NOUN", 4, "obj"), ("in", "ADP", 7, "case"), ("Bree", "PROPN", 4, "obl"),
            ("according", "VERB", 11, "case"), ("to", "ADP", 8, "fixed"), ("a", "DET", 11, "det"), ("statement", "NOUN", 7, "nmod"),
            ("that", "PRON", 14, "nsubj:pass"), ("was", "AUX", 14, "aux:pass"), ("adopted", "VERB", 11, "acl:relcl"));
        var syntax = story.Syntax.SetItem(4, story.Syntax[4] with { Xpos = "VBG" }).SetItem(12, story.Syntax[12] with { Features = "PronType=Rel" });
        var tree = new SentenceTree(story with { Syntax = syntax }, 0);

        var roles = new PredicateRoles(tree, 14, isNoun: false, _ => true);

        Assert.Equal(0, roles.NamingSubject());
    }
}
