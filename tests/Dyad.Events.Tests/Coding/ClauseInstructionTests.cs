using Dyad.Events.Coding;

namespace Dyad.Events.Tests.Coding;

public sealed class ClauseInstructionTests
{
    [Theory]
    [InlineData("xcomp")]
    [InlineData("advcl")]
    public void Of_ToClauseOfAnOrder_IsTheOrderAndWhoIsOrdered(string relation)
    {
        // "Putin instructed the government to provide aid", with "to provide" parsed either way.
        var tree = ParsedSentence.Of(
            ("Putin", "PROPN", 1, "nsubj"), ("instruct", "VERB", -1, "root"), ("the", "DET", 3, "det"), ("government", "NOUN", 1, "obj"),
            ("to", "PART", 5, "mark"), ("provide", "VERB", 1, relation), ("aid", "NOUN", 5, "obj"));

        Assert.Equal((1, 3), ClauseInstruction.Of(tree, 5));
    }

    [Fact]
    public void Of_AdverbialClauseWithoutTo_IsNoOrder()
    {
        // "Putin instructed the government while visiting Bree": a clause with no "to" is not what is ordered.
        var tree = ParsedSentence.Of(
            ("Putin", "PROPN", 1, "nsubj"), ("instruct", "VERB", -1, "root"), ("the", "DET", 3, "det"), ("government", "NOUN", 1, "obj"),
            ("while", "SCONJ", 5, "mark"), ("visiting", "VERB", 1, "advcl"), ("Bree", "PROPN", 5, "obj"));

        Assert.Null(ClauseInstruction.Of(tree, 5));
    }
}
