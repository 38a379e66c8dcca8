using Dyad.Core.Stories;
using Dyad.Events.Coding;

namespace Dyad.Events.Tests.Coding;

public sealed class ClauseModalityTests
{
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
