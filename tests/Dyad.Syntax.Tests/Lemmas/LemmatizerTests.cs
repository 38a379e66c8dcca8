using Dyad.Syntax.Lemmas;
using Dyad.Syntax.Tagging;
using Dyad.Syntax.Training;

namespace Dyad.Syntax.Tests.Lemmas;

public sealed class LemmatizerTests
{
    [Theory]
    [InlineData("jumped", "VERB VBD", "jump")]
    [InlineData("Marched", "VERB VBD", "march")]
    [InlineData("ministers", "NOUN NNS", "minister")]
    [InlineData("talked", "VERB VBD", "talk")]
    [InlineData("said", "VERB VBD", "say")]
    [InlineData("Bishkek", "PROPN NNP", "Bishkek")]
    public void Lemmatize_WordsSeenOrUnseen_UsesKnownLemmaOrLearntRule(string form, string tag, string expected)
    {
        var treebank = Fixtures.Tiny.Select(TreebankSentence.From).ToList();
        var tags = new TagSet(StringIndex.Collect(treebank.SelectMany(s => Enumerable.Range(0, s.Length).Select(s.Tag))));
        var lemmatizer = LemmatizerBuilder.Build(treebank, tags);

        Assert.Equal(expected, lemmatizer.Lemmatize(form, tags.Joint[tag]));
    }
}
