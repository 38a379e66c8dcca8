using Dyad.Core.Stories;
using Dyad.Events.Coding;

namespace Dyad.Events.Tests.Coding;

public sealed class ClauseModalityTests
{
    private static readonly CodingConventions Petrarch = CodingConventions.Petrarch(null, DiscardList.None);

    [Fact]
    public void Of_BareComplementOfANegatedVerb_IsNegatedWithoutGoverningVerbs()
    {
        // "Gondor will not wire tap the links", with "tap" parsed as the complement of "wire".
        var tree = ParsedSentence.Of(
            ("Gondor", "PROPN", 3, "nsubj"), ("will", "AUX", 3, "aux"), ("not", "PART", 3, "advmod"), ("wire", "VERB", -1, "root"),
            ("tap", "VERB", 3, "xcomp"), ("the", "DET", 6, "det"), ("links", "NOUN", 4, "obj"));

        var (_, negated) = ClauseModality.Of(tree, 4, Petrarch);

        Assert.True(negated);
    }

    [Fact]
    public void Of_ToClauseOfANegatedVerb_IsNotNegatedWithoutGoverningVerbs()
    {
        // "Gondor will not try to clash": PETRARCH-2 codes the clash, leaving the governor's negation out.
        var tree = ParsedSentence.Of(
            ("Gondor", "PROPN", 3, "nsubj"), ("will", "AUX", 3, "aux"), ("not", "PART", 3, "advmod"), ("try", "VERB", -1, "root"),
            ("to", "PART", 5, "mark"), ("clash", "VERB", 3, "xcomp"));

        var (_, negated) = ClauseModality.Of(tree, 5, Petrarch);

        Assert.False(negated);
    }

    [Fact]
    public void Of_ToClauseOnTheVerbWhoseObjectIsAnIntentWord_IsIntended()
    {
        // "Russia confirmed its dedication to building cooperation", with "to building" hung on the verb.
        var tree = ParsedSentence.Of(
            ("Russia", "PROPN", 1, "nsubj"), ("confirmed", "VERB", -1, "root"), ("its", "PRON", 3, "nmod:poss"), ("dedication", "NOUN", 1, "obj"),
            ("to", "SCONJ", 5, "mark"), ("building", "VERB", 1, "advcl"), ("cooperation", "NOUN", 5, "obj"));

        var (modality, _) = ClauseModality.Of(tree, 5, new CodingConventions());

        Assert.Equal(Modality.Intended, modality);
    }

    [Theory]
    [InlineData("urge", Modality.Hypothetical)]
    [InlineData("visit", Modality.Asserted)]
    public void Of_ToClauseHungOnTheVerbAsAnAdverbialClause_IsAppealedForOnlyByAnAppeal(string verb, Modality expected)
    {
        // "Arnor urged Bree to help", with "to help" hung on the verb as an adverbial clause.
        var tree = ParsedSentence.Of(
            ("Arnor", "PROPN", 1, "nsubj"), (verb, "VERB", -1, "root"), ("Bree", "PROPN", 1, "obj"), ("to", "PART", 4, "mark"),
            ("help", "VERB", 1, "advcl"));

        var (modality, negated) = ClauseModality.Of(tree, 4, CodingConventions.Dyad);

        Assert.Equal((expected, false), (modality, negated));
    }
}
