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
}
