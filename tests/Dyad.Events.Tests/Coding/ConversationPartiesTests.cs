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
    public void Code_StatementWithNoTargetInACallItem_IsAddressedToTheOtherPartyOnlyWhenItIsAReactionByAParty(string sentence, string expected)
    {
        var dyads = CodingPipeline.Dyads(Call + sentence, "2023-05-08");

        var expectedDyads = (CallPair + " " + expected).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expectedDyads.Order(StringComparer.Ordinal), dyads.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Code_StatementWithNoTargetAndNoConversation_IsNotCoded()
    {
        var dyads = CodingPipeline.Dyads("Sadyr Japarov expressed his condolences over the flood in Sochi.", "2023-05-08");

        Assert.Empty(dyads);
    }
}
