namespace Dyad.Events.Tests.Coding;

public sealed class AgentlessConsultationTests
{
    private const string Call = "Vladimir Putin had a telephone conversation with Sadyr Japarov. ";

    private const string CallPair = "KGZGOV>RUSGOV:041 RUSGOV>KGZGOV:041";

    [Theory]
    [InlineData(Call, "The discussion covered trade and energy.", CallPair)]
    [InlineData(Call, "Regional security issues were discussed.", CallPair)]
    [InlineData("Vladimir Putin met with Sadyr Japarov in Moscow. ", "The discussion covered trade and energy.", "KGZGOV>RUSGOV:040 RUSGOV>KGZGOV:040")]
    [InlineData(Call, "On the eve of the talks, farmers protested in the capital.", "")]
    [InlineData(Call, "The next meeting will be held in Bishkek.", "")]
    [InlineData("", "The discussion covered trade and energy.", "")]
    public void Code_ConsultationNamingNoPartyAfterAConversation_IsCodedBetweenTheConversationsPartiesWhenItIsTheClausesSubject(string conversation, string sentence, string expected)
    {
        var story = CodingPipeline.Code(conversation + sentence, "2023-05-08");

        var inSentence = story.Events.Where(e => e.IsCoded && e.Evidence.Any(span => span.Start >= conversation.Length))
            .SelectMany(e => e.Sources.SelectMany(s => e.Targets.Select(t => $"{s.Code}>{t.Code}:{e.CameoCode}")));
        Assert.Equal(expected, string.Join(' ', inSentence.Order(StringComparer.Ordinal)));
    }
}
