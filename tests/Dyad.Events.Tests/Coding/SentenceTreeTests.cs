namespace Dyad.Events.Tests.Coding;

public sealed class SentenceTreeTests
{
    [Fact]
    public void Conjuncts_ItemsOfAListBeforeAConjunction_AreEveryMember()
    {
        // "Putin, Lukashenko, Sargsyan and Rahmon attended", the first two later names hung on the first as "list".
        var tree = ParsedSentence.Of(
            ("Putin", "PROPN", 7, "nsubj"), (",", "PUNCT", 2, "punct"), ("Lukashenko", "PROPN", 0, "list"), (",", "PUNCT", 4, "punct"),
            ("Sargsyan", "PROPN", 0, "list"), ("and", "CCONJ", 6, "cc"), ("Rahmon", "PROPN", 0, "conj"), ("attended", "VERB", -1, "root"));

        Assert.Equal([0, 2, 4, 6], tree.Conjuncts(0).Order());
    }

    [Fact]
    public void Conjuncts_NounWithModifiers_IsTheWordAlone()
    {
        var tree = ParsedSentence.Of(("the", "DET", 1, "det"), ("president", "NOUN", 2, "nsubj"), ("spoke", "VERB", -1, "root"));

        Assert.Equal([1], tree.Conjuncts(1));
    }

    [Fact]
    public void OccasionPlace_PhraseHungOnTheVerbRightAfterARelativeClauseOfPlace_IsThatPlace()
    {
        // "Putin met Japarov, who is in Russia on a visit", with the visit hung on "met".
        var tree = ParsedSentence.Of(
            ("Putin", "PROPN", 1, "nsubj"), ("met", "VERB", -1, "root"), ("Japarov", "PROPN", 1, "obj"), (",", "PUNCT", 7, "punct"),
            ("who", "PRON", 7, "nsubj"), ("is", "AUX", 7, "cop"), ("in", "ADP", 7, "case"), ("Russia", "PROPN", 2, "acl:relcl"),
            ("on", "ADP", 10, "case"), ("a", "DET", 10, "det"), ("visit", "NOUN", 1, "obl"));

        Assert.Equal(7, tree.OccasionPlace(10));
    }

    [Fact]
    public void OccasionPlace_PhraseHungOnTheVerbAfterItsObject_IsNone()
    {
        // "Putin met Japarov on a visit": the visit is the meeting's occasion, not a place's.
        var tree = ParsedSentence.Of(
            ("Putin", "PROPN", 1, "nsubj"), ("met", "VERB", -1, "root"), ("Japarov", "PROPN", 1, "obj"),
            ("on", "ADP", 5, "case"), ("a", "DET", 5, "det"), ("visit", "NOUN", 1, "obl"));

        Assert.Equal(-1, tree.OccasionPlace(5));
    }
}
