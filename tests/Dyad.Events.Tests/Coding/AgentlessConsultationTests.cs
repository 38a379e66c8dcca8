namespace Dyad.Events.Tests.Coding;

public sealed class AgentlessConsultationTests
{
    private const string CallPair = "RUSGOV>KGZGOV:041 KGZGOV>RUSGOV:041";

    private const string MeetingPair = "RUSGOV>KGZGOV:040 KGZGOV>RUSGOV:040";

    [Theory]
    [InlineData("Vladimir Putin had a telephone conversation with Sadyr Japarov. ", "The discussion covered trade and energy.", CallPair, CallPair)]
    [InlineData("Vladimir Putin had a telephone conversation with Sadyr Japarov. ", "Regional security issues were discussed.", CallPair, CallPair)]
    [InlineData("Vladimir Putin met with Sadyr Japarov in Moscow. ", "The discussion covered trade and energy.", MeetingPair, MeetingPair)]
    [InlineData("Vladimir Putin had a telephone conversation with Sadyr Japarov. ", "On the eve of the talks, farmers protested in the capital.", CallPair, "")]
    [InlineData("Vladimir Putin had a telephone conversation with Sadyr Japarov. ", "The next meeting will be held in Bishkek.", CallPair, "")]
    [InlineData("", "The discussion covered trade and energy.", "", "")]
    public void Code_ConsultationNamingNoPartyAfterAConversation_IsCodedBetweenTheConversationsPartiesWhenItIsTheClausesSubject(string conversation, string sentence, string conversationDyads, string expected)
    {
        var dyads = CodingPipeline.Dyads(conversation + sentence, "2023-05-08");

        var expectedDyads = (conversationDyads + " " + expected).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expectedDyads.Order(StringComparer.Ordinal), dyads.Order(StringComparer.Ordinal));
    }
}
