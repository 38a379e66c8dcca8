namespace Dyad.Events.Tests.Coding;

public sealed class ConversationPartiesTests
{
    private const string Call = "Vladimir Putin had a telephone conversation with Sadyr Japarov. ";

    private const string CallPair = "RUSGOV>KGZGOV:041 KGZGOV>RUSGOV:041";

    [Theory]
    [InlineData("Sadyr Japarov expressed his condolences over the flood in Sochi.", "KGZGOV>RUSGOV:018")]
    [InlineData("Sadyr Japarov expressed his deep gratitude.", "KGZGOV>RUSGOV:051")]
    [InlineData("Vladimir Putin spoke about the economy.", "")]
    [InlineData("Sadyr Japarov condemned the attack in Sochi.", "")]
    [InlineData("Vladimir Putin expressed strong condemnation of the actions of the militants.", "")]
    [InlineData("Russia reiterated its willingness to conduct a joint investigation into the incident.", "")]
    [InlineData("Vladimir Putin called for restraint.", "")]
    [InlineData("Vladimir Putin signed the directive.", "")]
    [InlineData("Kyrgyz farmers expressed their condolences over the flood in Sochi.", "")]
    [InlineData("Sadyr Japarov promised to provide detailed information.", "KGZGOV>RUSGOV:0314")]
    [InlineData("Sadyr Japarov intends to provide detailed information.", "")]
    public void Code_StatementWithNoTargetInACallItem_IsAddressedToTheOtherPartyOnlyWhenItIsAReactionByAParty(string sentence, string expected)
    {
        var dyads = CodingPipeline.Dyads(Call + sentence, "2023-05-08");

        var expectedDyads = (CallPair + " " + expected).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expectedDyads.Order(StringComparer.Ordinal), dyads.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("The discussion focused on trade.", true)]
    [InlineData("The talks covered trade and investment.", true)]
    [InlineData("The discussion of the budget focused on trade.", false)]
    [InlineData("The meeting was attended by the ministers.", false)]
    [InlineData("Following the discussion, the ministers signed a memorandum.", false)]
    public void Code_ConsultationNounWithNoPartiesInACallItem_IsThatConversationWhenDefiniteAndTheSubject(string sentence, bool isTheCall)
    {
        var story = CodingPipeline.Code(Call + sentence, "2023-05-08");
        var second = story.Sentences[1];

        var calls = story.Events.Where(e => e.CameoCode.StartsWith("04", StringComparison.Ordinal)
            && e.Evidence.Any(span => span.Start >= second.Start && span.End <= second.End)).ToList();

        Assert.Equal(isTheCall ? 2 : 0, calls.Count);
        Assert.All(calls, e => Assert.Equal("041", e.CameoCode));
    }

    [Fact]
    public void Code_StatementWithNoTargetAndNoConversation_IsNotCoded()
    {
        var dyads = CodingPipeline.Dyads("Sadyr Japarov expressed his condolences over the flood in Sochi.", "2023-05-08");

        Assert.Empty(dyads);
    }
}
